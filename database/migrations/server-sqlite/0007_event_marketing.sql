-- Schema version 7 (as ../postgres/0007_event_marketing.sql): event marketing (issue #17,
-- docs/EVENTS.md). Times are UTC ISO 8601 text with milliseconds and Z, so they compare
-- as text.

-- Machine accounts that send events (a core-banking or channel feed). The key is shown
-- once by add-service-account; only its SHA-256 is kept.
CREATE TABLE service_account (
    name       text PRIMARY KEY,
    key_hash   text NOT NULL UNIQUE,
    active     integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at text NOT NULL
);

-- What the rules know of each customer (CustomerProfile as JSON), kept from import-branch
-- and from the branches' change logs; found by the CIF number events carry, and by the
-- month and day of birth for the daily birthday sweep.
CREATE TABLE event_customer (
    customer_id text PRIMARY KEY,
    branch_id   text NOT NULL,
    cif_no      text NOT NULL,
    birth_md    text,
    profile     text NOT NULL
);
CREATE INDEX event_customer_cif ON event_customer(cif_no);
CREATE INDEX event_customer_birthday ON event_customer(birth_md);

-- How far each branch's change log has been read for event_customer, event_contact,
-- event_firing and event_rule_row.
CREATE TABLE event_fact_cursor (
    branch_id text PRIMARY KEY,
    seq       bigint NOT NULL
);

-- Every event received, once (the sender's event_id is the key: sent twice, stored once).
-- outcome: pending (stored, rules not yet run), evaluated, unknown_customer.
CREATE TABLE market_event (
    event_id    text PRIMARY KEY,
    branch_id   text,
    customer_id text,
    kind        text NOT NULL,
    window_key  text NOT NULL,
    occurred_at text NOT NULL,
    received_at text NOT NULL,
    source      text NOT NULL,
    payload     text NOT NULL,
    outcome     text NOT NULL,
    fired       integer NOT NULL DEFAULT 0
);
CREATE INDEX market_event_window ON market_event(customer_id, window_key, occurred_at);
CREATE INDEX market_event_pending ON market_event(received_at) WHERE outcome = 'pending';

-- Each opportunity a rule made (here or on a workstation): de-duplication per customer
-- and rule, and the open marketing ones the frequency cap counts.
CREATE TABLE event_firing (
    opportunity_id text PRIMARY KEY,
    branch_id      text NOT NULL,
    customer_id    text NOT NULL,
    rule_id        text NOT NULL,
    event_time     text NOT NULL,
    created_at     text NOT NULL,
    purpose        text NOT NULL,
    status         text NOT NULL
);
CREATE INDEX event_firing_rule ON event_firing(customer_id, rule_id, event_time);
CREATE INDEX event_firing_open ON event_firing(customer_id, created_at);

-- Contacts with customers (interaction rows of the change logs): the frequency cap.
CREATE TABLE event_contact (
    interaction_id text PRIMARY KEY,
    customer_id    text NOT NULL,
    contacted_at   text NOT NULL,
    marketing      integer NOT NULL CHECK (marketing IN (0, 1))
);
CREATE INDEX event_contact_customer ON event_contact(customer_id, contacted_at);

-- The branches' rule files and changed rules (marketing_rule_set and marketing_rule rows
-- of their change logs), latest by hybrid logical clock.
CREATE TABLE event_rule_row (
    branch_id  text NOT NULL,
    table_name text NOT NULL,
    row_id     text NOT NULL,
    definition text NOT NULL,
    hlc        text NOT NULL,
    deleted    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (branch_id, table_name, row_id)
);
