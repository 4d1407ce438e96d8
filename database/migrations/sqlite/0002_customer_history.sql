-- Schema version 2: what the customer 360 needs to show trends and downgrades.

-- Month-end AUM, for the 12-month trend and "recently downgraded".
CREATE TABLE aum_snapshot (
    customer_id TEXT NOT NULL REFERENCES customer(id),
    month       TEXT NOT NULL,          -- 'YYYY-MM'
    aum_fen     INTEGER NOT NULL CHECK (aum_fen >= 0),
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID;

ALTER TABLE customer ADD COLUMN previous_tier TEXT
    CHECK (previous_tier IN ('ordinary', 'silver', 'gold', 'platinum', 'diamond'));
ALTER TABLE customer ADD COLUMN tier_changed_on TEXT;
ALTER TABLE customer ADD COLUMN preferred_contact TEXT NOT NULL DEFAULT '';
