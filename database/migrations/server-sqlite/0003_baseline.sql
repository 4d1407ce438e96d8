-- Schema version 3 (as ../postgres/0003_baseline.sql): a branch's baseline, the rows a new
-- workstation starts from, stored by `branchdesk-server import-branch` as CBOR pages.
-- `as_of_seq` is the branch's change log number at the import.
CREATE TABLE branch_baseline (
    branch_id   TEXT PRIMARY KEY REFERENCES branch(id),
    baseline_id TEXT NOT NULL,          -- new at every import: a half-downloaded older one restarts
    as_of_seq   INTEGER NOT NULL CHECK (as_of_seq >= 0),
    pages       INTEGER NOT NULL CHECK (pages >= 0),
    row_count   INTEGER NOT NULL CHECK (row_count >= 0),
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE baseline_page (
    branch_id  TEXT NOT NULL REFERENCES branch(id),
    page_no    INTEGER NOT NULL CHECK (page_no > 0),
    table_name TEXT NOT NULL,
    row_count  INTEGER NOT NULL,
    body       BLOB NOT NULL,
    PRIMARY KEY (branch_id, page_no)
);
