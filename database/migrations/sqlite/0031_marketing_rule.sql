-- The branch head's changes of the event rules (issue #17, docs/EVENTS.md, "A branch's
-- rules and the branch head's changes"): one row per changed rule, its id the rule's id,
-- rule_json the whole rule as RuleFile::parseRule reads it (switched off: "enabled": false;
-- a threshold changed: the new number, the rule's version one higher). Synchronised: the
-- server folds the rows into the branch's rules before its next event (RuleBook puts them
-- in place of the rule file's), and every workstation of the branch gets them.
-- (Numbered 0031: 0030 is taken by another branch of work.)
CREATE TABLE marketing_rule (
    id         TEXT PRIMARY KEY,
    branch_id  TEXT NOT NULL,
    rule_json  TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
