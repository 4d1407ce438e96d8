-- Schema version 4 (as ../postgres/0004_audit.sql): the workstations' audit entries, kept
-- at the centre. Each workstation (origin_node) sends its own hash chain in order; the
-- server stores an entry only if it links to the entry before it and never lets an entry
-- change or go: the triggers refuse UPDATE and DELETE.
CREATE TABLE audit_entry (
    branch_id   TEXT NOT NULL REFERENCES branch(id),
    origin_node TEXT NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq > 0),
    id          TEXT NOT NULL UNIQUE,
    occurred_at TEXT NOT NULL,
    actor_id    TEXT,
    actor_name  TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    detail_json TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (origin_node, seq)
);
CREATE INDEX audit_entry_branch ON audit_entry(branch_id, occurred_at);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
