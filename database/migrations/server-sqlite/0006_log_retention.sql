-- Schema version 6: retention of the change log, as PostgreSQL 0006: the log of a branch
-- starts after `through_seq` once `compact-log` folded the older changes into its snapshot.
CREATE TABLE change_log_compaction (
    branch_id    text PRIMARY KEY REFERENCES branch(id),
    through_seq  integer NOT NULL CHECK (through_seq >= 0),
    compacted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
