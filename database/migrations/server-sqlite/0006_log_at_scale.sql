-- Schema version 6: the change log at scale, as PostgreSQL 0006. Retention: the log of a branch
-- starts after `through_seq` once `compact-log` folded the older changes into its snapshot.
CREATE TABLE change_log_compaction (
    branch_id    text PRIMARY KEY REFERENCES branch(id),
    through_seq  integer NOT NULL CHECK (through_seq >= 0),
    compacted_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The branch list's version, as PostgreSQL 0006: bumped by every change of the branch table.
CREATE TABLE branch_list_version (
    only_row integer PRIMARY KEY DEFAULT 1 CHECK (only_row = 1),
    version  integer NOT NULL
);
INSERT INTO branch_list_version(version) VALUES (1);
CREATE TRIGGER branch_list_inserted AFTER INSERT ON branch
BEGIN UPDATE branch_list_version SET version = version + 1; END;
CREATE TRIGGER branch_list_updated AFTER UPDATE ON branch
BEGIN UPDATE branch_list_version SET version = version + 1; END;
CREATE TRIGGER branch_list_deleted AFTER DELETE ON branch
BEGIN UPDATE branch_list_version SET version = version + 1; END;
