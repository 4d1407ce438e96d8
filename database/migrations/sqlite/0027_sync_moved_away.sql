-- Schema version 27: what this workstation dropped because its customer moved to another
-- branch (MovedCustomers): the customer and every row that had to have them (a KYC
-- interview, a call). A pulled change that names one of them while the customer is not
-- here is not held (issue 13, RELIABILITY.md open item 9): it belongs to the new branch and
-- would otherwise wait for good. Local only, not synced.
CREATE TABLE sync_moved_away (
    row_id      TEXT PRIMARY KEY,   -- the customer's id, or a dropped row's
    customer_id TEXT NOT NULL,
    dropped_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_moved_away_customer ON sync_moved_away(customer_id);
