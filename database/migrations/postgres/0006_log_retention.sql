-- Schema version 6: retention of the change log (issue #19). `branchdesk-server
-- compact-log` folds each branch's changes older than the retention into the branch's
-- snapshot and removes them from the log, which then starts after `through_seq`. A pull
-- from before it is answered 410: the workstation takes the snapshot instead.
-- A pull is found through the log's primary key (branch_id, seq), so it costs the same
-- with 10 or 2,000 branches on the server (docs/BENCHMARKS.md): no partitioning, which
-- could not keep change_id unique across branches.
CREATE TABLE change_log_compaction (
    branch_id    text PRIMARY KEY REFERENCES branch(id),
    through_seq  bigint NOT NULL CHECK (through_seq >= 0),
    compacted_at timestamptz NOT NULL DEFAULT now()
);
