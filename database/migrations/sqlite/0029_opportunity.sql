-- Opportunities (issue #17, docs/EVENTS.md): what a marketing or service rule made of a
-- customer's event, written by the server into the branch's change log (origin 'server')
-- or by a workstation (origin 'desk'), synchronised like referrals. The columns are those
-- of OpportunityDraft::columns(); times are UTC ISO 8601 with milliseconds, so they compare
-- as text. title_json, talking_points_json: the rule's own wording in both languages;
-- reason_json: the facts that fired the rule (amount, channel, counts).
-- status: open (delivered to someone), held (held back by the contact rules: held_reason
-- says why, for the branch head), contacted, done, dismissed.
CREATE TABLE opportunity (
    id                  TEXT PRIMARY KEY,
    branch_id           TEXT NOT NULL,
    customer_id         TEXT NOT NULL REFERENCES customer(id),
    rule_id             TEXT NOT NULL,
    rule_version        INTEGER NOT NULL DEFAULT 1,
    event_id            TEXT NOT NULL,
    event_kind          TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    kind                TEXT NOT NULL,
    product_family      TEXT,
    priority            INTEGER NOT NULL DEFAULT 0,
    title_json          TEXT NOT NULL DEFAULT '{}',
    talking_points_json TEXT NOT NULL DEFAULT '{}',
    reason_json         TEXT NOT NULL DEFAULT '{}',
    assigned_to         TEXT,
    assigned_role       TEXT,
    status              TEXT NOT NULL DEFAULT 'open'
                        CHECK (status IN ('open', 'held', 'contacted', 'done', 'dismissed')),
    held_reason         TEXT NOT NULL DEFAULT '',
    occurred_at         TEXT,
    created_at          TEXT NOT NULL,
    deadline_at         TEXT,
    contact_after       TEXT,
    origin              TEXT NOT NULL DEFAULT 'server' CHECK (origin IN ('server', 'desk')),
    -- Follow-through, written at the desk: who first saw it in Today and when, who
    -- contacted the customer and when (the deadline met if not after deadline_at), and
    -- what came of it.
    seen_by             TEXT,
    seen_at             TEXT,
    contacted_by        TEXT,
    contacted_at        TEXT,
    outcome             TEXT CHECK (outcome IS NULL OR outcome IN
                                    ('interested', 'not_interested', 'no_answer', 'converted')),
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1,
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- A manager's open opportunities by deadline (Today, branchdesk-admin opportunities).
CREATE INDEX opportunity_assignee ON opportunity(assigned_to, status, deadline_at);
CREATE INDEX opportunity_customer ON opportunity(customer_id);
