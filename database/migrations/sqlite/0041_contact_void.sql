-- A contact logged for the wrong customer is voided, never deleted or overwritten (issue #15,
-- F10): who voided it, when and why are new facts on the row, beside what was logged. A voided
-- contact no longer counts (the marketing-contact cap, the last contact and outcome, follow-ups,
-- segments); the 360 still shows it, marked, and the audit log has both entries. The columns
-- sync with the row; the server checks who may void (ContactVoidCheck).
ALTER TABLE interaction ADD COLUMN voided_at TEXT;
ALTER TABLE interaction ADD COLUMN voided_by TEXT REFERENCES staff_user(id);
ALTER TABLE interaction ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
