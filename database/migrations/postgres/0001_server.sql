-- branchdesk-server's central store (PostgreSQL), schema version 1.
-- The server keeps every accepted change in one log, numbered per branch. A branch's
-- counter row is locked by the transaction that takes a number and released at its
-- commit, so numbers commit in order: a client that has read up to N never misses a
-- change numbered below N that was still committing (a bare sequence cannot promise that).

CREATE TABLE IF NOT EXISTS schema_version (
    version     integer PRIMARY KEY,
    description text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE branch (
    id         text PRIMARY KEY,
    code       text NOT NULL UNIQUE,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per branch: the next number of its change log.
CREATE TABLE branch_change_counter (
    branch_id text PRIMARY KEY REFERENCES branch(id),
    next_seq  bigint NOT NULL DEFAULT 1 CHECK (next_seq > 0)
);

CREATE TABLE change_log (
    branch_id      text NOT NULL REFERENCES branch(id),
    seq            bigint NOT NULL,
    change_id      uuid NOT NULL UNIQUE,   -- the client's UUIDv7: a retried push applies once
    table_name     text NOT NULL,
    row_id         text NOT NULL,
    op             text NOT NULL CHECK (op IN ('upsert', 'delete')),
    fields         jsonb NOT NULL,
    base_version   integer NOT NULL,
    hlc            text NOT NULL,
    origin_node    text NOT NULL,
    schema_version integer NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (branch_id, seq)
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- A server restored from backup gets a new epoch: clients then download afresh.
CREATE TABLE server_state (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO server_state(key, value) VALUES ('epoch', md5(random()::text || clock_timestamp()::text));
