-- Schema version 6: the change log at scale (issue #19). Retention: `branchdesk-server
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

-- The branch list goes with a pull only when it changed (`branches_version`), so a pull's
-- size does not grow with the number of branches either: a counter bumped by every change
-- of the branch table.
CREATE TABLE branch_list_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint NOT NULL
);
INSERT INTO branch_list_version(version) VALUES (1);
CREATE FUNCTION branch_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE branch_list_version SET version = version + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER branch_list_changed AFTER INSERT OR UPDATE OR DELETE ON branch
    FOR EACH STATEMENT EXECUTE FUNCTION branch_list_changed();
