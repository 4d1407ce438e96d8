-- Households, the product shelf, the suitability gate and the next best offer (issue #20,
-- docs/SUITABILITY.md).

-- The day the customer's risk tolerance was last assessed outside a KYC session (core
-- banking, a paper questionnaire, the demo). The gate takes the later of this day and the
-- customer's latest final KYC version with a risk level: an assessment older than 12 months
-- no longer counts.
ALTER TABLE customer ADD COLUMN risk_assessed_on TEXT;

-- A household of the branch: customers linked as one family (the KYC grid's "family"
-- column). Its members and the head are in household_member. Synced.
CREATE TABLE household (
    id         TEXT PRIMARY KEY,
    branch_id  TEXT NOT NULL REFERENCES branch(id),
    created_by TEXT REFERENCES staff_user(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX household_branch ON household(branch_id);

-- One row per customer ever linked, keyed by the customer's own id: a customer is in one
-- household at a time by construction, also when two workstations link them offline (the
-- later change wins, field by field). household_id NULL: the link was removed. relation is
-- the member's relation to the head; the head's own row says 'head'. Synced.
CREATE TABLE household_member (
    id           TEXT PRIMARY KEY,   -- = customer_id
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    household_id TEXT REFERENCES household(id),
    relation     TEXT NOT NULL DEFAULT 'relative'
                 CHECK (relation IN ('head', 'spouse', 'parent', 'child', 'relative', 'partner')),
    linked_by    TEXT REFERENCES staff_user(id),
    linked_at    TEXT,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX household_member_household ON household_member(household_id)
    WHERE household_id IS NOT NULL;

-- A suggested link (shared address or mobile, found through the blind keys) that a person
-- looked at and turned down: not suggested again. customer_id < other_customer_id. Synced.
CREATE TABLE household_dismissal (
    id                TEXT PRIMARY KEY,
    customer_id       TEXT NOT NULL REFERENCES customer(id),
    other_customer_id TEXT NOT NULL REFERENCES customer(id),
    staff_id          TEXT REFERENCES staff_user(id),
    dismissed_at      TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX household_dismissal_pair ON household_dismissal(customer_id, other_customer_id);
CREATE INDEX household_dismissal_other ON household_dismissal(other_customer_id);

-- The branch's product shelf as last loaded from the bank's file, validated, as canonical
-- JSON (ProductShelfFile). One row per branch (id = the branch's id); none: the shelf
-- built into the program (resources/products/shelf.json). Synced, so every workstation of
-- the branch offers and checks against the same shelf.
CREATE TABLE product_shelf (
    id          TEXT PRIMARY KEY,
    branch_id   TEXT NOT NULL REFERENCES branch(id),
    source_name TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,
    loaded_by   TEXT REFERENCES staff_user(id),
    loaded_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

-- A product recommended to a customer and what they said. Passed the suitability gate
-- when it was recorded. reasons: the offer's reason codes, the main one first. Synced.
CREATE TABLE product_offer (
    id             TEXT PRIMARY KEY,
    branch_id      TEXT NOT NULL REFERENCES branch(id),
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    product_code   TEXT NOT NULL,
    product_family TEXT NOT NULL,
    product_risk   INTEGER NOT NULL CHECK (product_risk BETWEEN 1 AND 5),
    reasons        TEXT NOT NULL DEFAULT '',
    context        TEXT NOT NULL CHECK (context IN ('customer360', 'prep_sheet', 'counter',
                       'command_line')),
    response       TEXT NOT NULL CHECK (response IN ('accepted', 'declined', 'not_now')),
    decline_reason TEXT CHECK (decline_reason IN ('not_interested', 'no_spare_money',
                       'risk_too_high', 'term_too_long', 'return_too_low', 'holds_elsewhere',
                       'other')),
    recording_ref  TEXT NOT NULL DEFAULT '',
    staff_id       TEXT REFERENCES staff_user(id),
    offered_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX product_offer_customer ON product_offer(customer_id, offered_at);
CREATE INDEX product_offer_branch_time ON product_offer(branch_id, offered_at);

-- A sale recorded through the suitability gate (core banking books the holding). Synced.
CREATE TABLE product_sale (
    id                   TEXT PRIMARY KEY,
    branch_id            TEXT NOT NULL REFERENCES branch(id),
    customer_id          TEXT NOT NULL REFERENCES customer(id),
    product_code         TEXT NOT NULL,
    product_family       TEXT NOT NULL,
    product_risk         INTEGER NOT NULL CHECK (product_risk BETWEEN 1 AND 5),
    amount_fen           INTEGER NOT NULL CHECK (amount_fen > 0),
    channel              TEXT NOT NULL CHECK (channel IN ('counter', 'ebanking', 'mobile', 'phone')),
    recording_ref        TEXT NOT NULL DEFAULT '',   -- 双录: the recording's reference
    elderly_confirmation TEXT NOT NULL DEFAULT '',   -- 65+ and above R3: the form's reference
    offer_id             TEXT REFERENCES product_offer(id),
    staff_id             TEXT REFERENCES staff_user(id),
    sold_at              TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX product_sale_customer ON product_sale(customer_id, sold_at);
CREATE INDEX product_sale_branch_time ON product_sale(branch_id, sold_at);

-- What similar customers of the branch hold (the offers' "peers" reason): per tier and
-- risk level, how many customers hold each product code; product_code '' is the group's
-- size. Derived from customer and holding by PeerHoldings, at most once a day; local.
CREATE TABLE offer_peer_share (
    branch_id    TEXT NOT NULL,
    tier         TEXT NOT NULL,
    risk_level   INTEGER NOT NULL,
    product_code TEXT NOT NULL,
    holders      INTEGER NOT NULL,
    PRIMARY KEY (branch_id, tier, risk_level, product_code)
) WITHOUT ROWID;

-- How long a product rests after the customer declined it, or said "not now".
INSERT OR IGNORE INTO app_setting(key, value) VALUES
    ('offers.decline_rest_days', '90'),
    ('offers.not_now_rest_days', '14');
