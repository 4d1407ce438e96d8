-- The rules on the desk (issue #17, docs/EVENTS.md "On the workstation"): the branch's rule
-- file and its branch head's changed rules travel through sync as these rows, so the desk
-- runs the same rules as the server (RuleBook::build over them; none: the shipped rules).
-- definition_json: a whole rule file; rule_json: one rule as RuleFile::parseRule reads it
-- (its id is the row's id), in marketing_rule (0031, the branch head's changed rules).
-- (Numbered 0032: 0030 and 0031 came from other work of the same day.)
CREATE TABLE marketing_rule_set (
    id              TEXT PRIMARY KEY,
    definition_json TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- Events the desk raised (the teller's counter business, a walk-in, a call outcome), in the
-- wire form (payload_json). Written pending (evaluated = 0) by whoever raised it, then run
-- through the rules off the GUI thread (DeskEventEvaluation), which marks it evaluated and
-- sends it: the server counts it in windows (CustomerFacts::foldDeskEvent), other desks too.
CREATE TABLE marketing_event (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    kind         TEXT NOT NULL,
    window_key   TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    payload_json TEXT NOT NULL,
    evaluated    INTEGER NOT NULL DEFAULT 0 CHECK (evaluated IN (0, 1)),
    fired        INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX marketing_event_window ON marketing_event(customer_id, window_key, occurred_at);
CREATE INDEX marketing_event_pending ON marketing_event(created_at) WHERE evaluated = 0;
-- De-duplication per customer and rule, on the desk as on the server.
CREATE INDEX opportunity_rule ON opportunity(customer_id, rule_id, occurred_at);
-- Escalation, as referrals escalate (ReferralDesk::escalateOverdue): an open opportunity past
-- its deadline is marked escalated by the first desk that notices, and then shows in every
-- manager's Today and the branch head's.
ALTER TABLE opportunity ADD COLUMN escalated_at TEXT;
