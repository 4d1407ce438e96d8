-- The contact that completed a care task (issue #15, F10): a care contact logged for the
-- wrong customer and then voided must open the care step it closed again, as a voided call
-- opens its call task (call_task.interaction_id, 0010). Written when a logged care contact
-- completes the task, cleared when the void reopens it; synced with the row. NULL for tasks
-- done before this column (their void cannot find them) and for tasks skipped or open.
-- No foreign key: a pulled care_task change may arrive before the interaction it names.
ALTER TABLE care_task ADD COLUMN interaction_id TEXT;
