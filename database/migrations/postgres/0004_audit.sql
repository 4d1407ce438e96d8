-- Schema version 4: the workstations' audit entries, kept at the centre. Each workstation
-- (origin_node) sends its own hash chain in order; the server stores an entry only if it
-- links to the entry before it (seq + 1, prev_hash = that entry's hash) and never lets
-- an entry change or go: the trigger refuses UPDATE and DELETE.
CREATE TABLE audit_entry (
    branch_id   text NOT NULL REFERENCES branch(id),
    origin_node text NOT NULL,
    seq         bigint NOT NULL CHECK (seq > 0),
    id          text NOT NULL UNIQUE,
    occurred_at text NOT NULL,
    actor_id    text,
    actor_name  text NOT NULL,
    action      text NOT NULL,
    entity      text NOT NULL,
    entity_id   text NOT NULL,
    detail_json text NOT NULL,
    prev_hash   text NOT NULL,
    hash        text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (origin_node, seq)
);
CREATE INDEX audit_entry_branch ON audit_entry(branch_id, occurred_at);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
