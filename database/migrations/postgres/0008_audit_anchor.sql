-- Schema version 8: audit chains anchored on the server (issue 14, found 3;
-- docs/SECURITY.md §8.2) and sign-in throttling that survives a restart (found 6).

-- A token is bound to the workstation (node) its sign-in named; /v1/audit takes a node's
-- entries only with a token bound to it.
ALTER TABLE access_token ADD COLUMN node text;

-- Each workstation node belongs to the branch of the first account that signed in naming
-- it; the accounts that have signed in from it may appear as actors in its chain.
CREATE TABLE audit_node (
    node          text PRIMARY KEY,
    branch_id     text NOT NULL REFERENCES branch(id),
    registered_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit_node_user (
    node     text NOT NULL REFERENCES audit_node(node),
    username text NOT NULL REFERENCES staff_account(username),
    first_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (node, username)
);

-- The server's own number for each stored entry in its node's chain, and how its actor was
-- checked: 'caller' (the signed-in caller or an account that signed in from the node),
-- 'local' (a name the server has no account for), 'anonymous' (no actor: sign-in failures,
-- set-up), 'unchecked' (stored before version 8).
ALTER TABLE audit_entry ADD COLUMN server_seq bigint;
ALTER TABLE audit_entry ADD COLUMN actor_check text NOT NULL DEFAULT 'unchecked';
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change;
UPDATE audit_entry SET server_seq = seq;
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change;
CREATE UNIQUE INDEX audit_entry_server_seq ON audit_entry(origin_node, server_seq);

-- Wrong sign-ins per user name ('user') and per client address ('address'), so a restart
-- does not hand a guesser a fresh count (SignInThrottle).
CREATE TABLE sign_in_failure (
    kind         text NOT NULL CHECK (kind IN ('user', 'address')),
    key          text NOT NULL,
    failures     integer NOT NULL,
    last_failure text NOT NULL,
    locked_until text,
    PRIMARY KEY (kind, key)
);
