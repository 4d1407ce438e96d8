-- Schema version 10: call lists, outcomes, contact rules and care plans (docs/CALLS.md).

-- A call list is made in list mode (名单制: a batch spread over named managers for a
-- validity period) or owner mode (管户制: each customer's own manager).
ALTER TABLE call_list ADD COLUMN mode TEXT NOT NULL DEFAULT 'list' CHECK (mode IN ('list', 'owner'));
ALTER TABLE call_list ADD COLUMN purpose TEXT NOT NULL DEFAULT '';

-- call_task.outcome holds the last logged call outcome: reached, not_reached, interested,
-- refused, appointment. A customer excluded by the contact rules when the list was made is
-- kept as a skipped task with the rule that excluded them.
ALTER TABLE call_task ADD COLUMN excluded_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE call_task ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE call_task ADD COLUMN next_attempt_on TEXT;   -- follow-up date: hidden from Today before it
ALTER TABLE call_task ADD COLUMN interaction_id TEXT REFERENCES interaction(id);
CREATE INDEX call_task_list ON call_task(call_list_id, status);

-- Contacts counted by the frequency cap are the marketing ones; a contact made despite a
-- contact rule keeps the override reason (also in the audit log).
ALTER TABLE interaction ADD COLUMN contact_kind TEXT NOT NULL DEFAULT 'marketing'
    CHECK (contact_kind IN ('marketing', 'care', 'service'));
ALTER TABLE interaction ADD COLUMN policy_override TEXT NOT NULL DEFAULT '';

-- Why the lifecycle stage is what it is (a LifecycleRules reason code).
ALTER TABLE customer ADD COLUMN lifecycle_reason TEXT NOT NULL DEFAULT '';

-- The care planner runs at every sign-in: it looks up a customer's tasks of one kind and
-- day, and a manager's new customers and coming birthdays without scanning the branch.
CREATE INDEX care_task_plan ON care_task(customer_id, kind, due_on);
CREATE INDEX customer_manager_opened ON customer(manager_id, opened_on);
CREATE INDEX customer_manager_birthday ON customer(manager_id, substr(birth_date, 6, 5));

-- Contact rules of the branch file (ContactRules), changed by the branch head.
INSERT OR IGNORE INTO app_setting(key, value) VALUES
    ('contact.require_marketing_consent', '1'),
    ('contact.max_marketing_contacts', '2'),
    ('contact.period_days', '30'),
    ('contact.quiet_from', '21:00'),
    ('contact.quiet_until', '08:00');
