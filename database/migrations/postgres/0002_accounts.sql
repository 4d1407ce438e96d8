-- Schema version 2: staff accounts are authoritative on the server; a sign-in gives an
-- expiring bearer token. Only a SHA-256 of each token is stored, so a copy of this
-- database does not hand out working tokens.
CREATE TABLE staff_account (
    username      text PRIMARY KEY,
    branch_id     text NOT NULL REFERENCES branch(id),
    role          text NOT NULL CHECK (role IN ('lobby_manager', 'teller', 'wealth_manager',
                                                 'branch_head', 'admin')),
    password_hash text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE access_token (
    token_hash text PRIMARY KEY,
    username   text NOT NULL REFERENCES staff_account(username),
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX access_token_expiry ON access_token(expires_at);
