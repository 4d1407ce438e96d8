-- Schema version 26: a pulled change whose row or parent is not here yet is held, not set
-- aside (issue 13, fault run defect 2: after a server restore the log can hold a customer's
-- edit before the customer's insert). Each pull applies what is held again once rows have
-- arrived; a held change leaves when it applies. Not synced and not for review: it is
-- waiting, not refused. Personal-data fields are sealed as in the outbox.
CREATE TABLE sync_held_change (
    change_id   TEXT PRIMARY KEY,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    change_json TEXT NOT NULL,   -- the change as pulled (SyncChange::toJson)
    hlc         TEXT NOT NULL,   -- applied again in stamp order
    reason      TEXT NOT NULL,   -- why it could not be applied when it came
    held_at     TEXT NOT NULL
) WITHOUT ROWID;
