-- branchdesk-server's embedded store (SQLite), schema version 1; the same tables as
-- ../postgres/0001_server.sql. Every writing transaction starts with BEGIN IMMEDIATE and so
-- holds SQLite's single write lock from its first statement to its commit: writers run one
-- after another, and a branch's numbers are handed out and committed in the same order. A
-- reader sees a committed state (WAL snapshot), never a number above one still committing,
-- so a client that has read up to N never misses a change numbered below N.
-- Times are UTC text (ISO 8601 with milliseconds and Z): they compare as text.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE branch (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- One row per branch: the next number of its change log.
CREATE TABLE branch_change_counter (
    branch_id TEXT PRIMARY KEY REFERENCES branch(id),
    next_seq  INTEGER NOT NULL DEFAULT 1 CHECK (next_seq > 0)
);

CREATE TABLE change_log (
    branch_id      TEXT NOT NULL REFERENCES branch(id),
    seq            INTEGER NOT NULL,
    change_id      TEXT NOT NULL UNIQUE,   -- the client's UUIDv7 (lower case): a retried push applies once
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    fields         TEXT NOT NULL CHECK (json_valid(fields)),
    base_version   INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    origin_node    TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    received_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (branch_id, seq)
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- A server restored from backup gets a new epoch: clients then download afresh.
CREATE TABLE server_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO server_state(key, value) VALUES ('epoch', lower(hex(randomblob(16))));
