-- Schema version 7: what the workstation's sync engine keeps.

-- A change the server refused (malformed, out of scope) stays here with the reason, for a
-- person to see; it is not sent again.
ALTER TABLE sync_outbox ADD COLUMN refused_reason TEXT;

-- The hybrid logical clock of the last write to each field of each synced row, local or
-- pulled: a pulled value replaces the local one only if its clock is later.
CREATE TABLE sync_field_clock (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    field      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, field)
) WITHOUT ROWID;
