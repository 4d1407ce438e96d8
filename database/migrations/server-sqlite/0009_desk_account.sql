-- Schema version 9 (as ../postgres/0009_desk_account.sql): desk-only accounts known to the
-- server (issue 14; docs/SECURITY.md §8.2). An audit entry whose actor has no server account
-- is stored only if that name and staff id came up from the entry's workstation as a
-- staff_user row, pushed by an account that may manage users (DeskAccounts). No hash.
CREATE TABLE desk_account (
    node          TEXT NOT NULL,
    staff_id      TEXT NOT NULL,
    branch_id     TEXT NOT NULL REFERENCES branch(id),
    username      TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    registered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (node, staff_id)
);
CREATE INDEX desk_account_name ON desk_account(node, username);

-- Accounts pushed before: from the rows in the log, named by the node that sent them.
INSERT OR REPLACE INTO desk_account (node, staff_id, branch_id, username, registered_by)
SELECT origin_node, row_id, branch_id, json_extract(fields, '$.username'), '(change log)'
FROM change_log
WHERE table_name = 'staff_user' AND op = 'upsert'
  AND json_extract(fields, '$.username') IS NOT NULL
ORDER BY seq;
