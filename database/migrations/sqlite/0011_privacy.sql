-- Privacy: consent per purpose with its history, and erasure bookkeeping.
-- Each grant or withdrawal is its own row (never updated, so the history is the table);
-- the current state of a purpose is its latest row. customer.marketing_consent stays the
-- summary (1 while any marketing purpose is granted) that segments and contact rules read.
CREATE TABLE consent_record (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('marketing_phone', 'marketing_sms',
                    'marketing_wechat', 'marketing_email', 'group_sharing',
                    'third_party_sharing')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    channel     TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'paper_form', 'ebanking',
                    'mobile', 'wechat')),
    evidence    TEXT NOT NULL DEFAULT '',   -- form number, call reference ... (no personal data)
    staff_id    TEXT REFERENCES staff_user(id),
    recorded_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX consent_record_customer ON consent_record(customer_id, purpose, recorded_at);

-- An erased customer keeps the row (foreign keys, sync tombstones) with anonymised values.
ALTER TABLE customer ADD COLUMN erased_at TEXT;
