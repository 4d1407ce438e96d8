-- Schema version 9 (as ../server-sqlite/0009_desk_account.sql): desk-only accounts known to
-- the server (issue 14; docs/SECURITY.md §8.2). An audit entry whose actor has no server
-- account is stored only if that name and staff id came up from the entry's workstation as a
-- staff_user row, pushed by an account that may manage users (DeskAccounts). No hash.
CREATE TABLE desk_account (
    node          text NOT NULL,
    staff_id      text NOT NULL,
    branch_id     text NOT NULL REFERENCES branch(id),
    username      text NOT NULL,
    registered_by text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (node, staff_id)
);
CREATE INDEX desk_account_name ON desk_account(node, username);

-- Accounts pushed before: from the rows in the log, named by the node that sent them.
INSERT INTO desk_account (node, staff_id, branch_id, username, registered_by)
SELECT DISTINCT ON (origin_node, row_id) origin_node, row_id, branch_id,
       fields->>'username', '(change log)'
FROM change_log
WHERE table_name = 'staff_user' AND op = 'upsert' AND fields->>'username' IS NOT NULL
ORDER BY origin_node, row_id, seq DESC;
