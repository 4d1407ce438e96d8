-- Schema version 3: a branch's baseline, the rows a new workstation starts from.
-- `branchdesk-server import-branch` reads a workstation file (a core-banking load or the
-- demo generator's branch) and stores it here as CBOR pages, one table's rows each, handed
-- out unchanged. `as_of_seq` is the branch's change log number at the import: a
-- workstation that loaded the baseline continues its pull after it.
CREATE TABLE branch_baseline (
    branch_id   text PRIMARY KEY REFERENCES branch(id),
    baseline_id text NOT NULL,          -- new at every import: a half-downloaded older one restarts
    as_of_seq   bigint NOT NULL CHECK (as_of_seq >= 0),
    pages       integer NOT NULL CHECK (pages >= 0),
    row_count   bigint NOT NULL CHECK (row_count >= 0),
    imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE baseline_page (
    branch_id  text NOT NULL REFERENCES branch(id),
    page_no    integer NOT NULL CHECK (page_no > 0),
    table_name text NOT NULL,
    row_count  integer NOT NULL,
    body       bytea NOT NULL,
    PRIMARY KEY (branch_id, page_no)
);
-- Pages are written once and read whole: keep them out of TOAST compression.
ALTER TABLE baseline_page ALTER COLUMN body SET STORAGE EXTERNAL;
