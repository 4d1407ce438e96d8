-- Schema version 38: one open opportunity per customer, rule and de-duplication window,
-- whichever desk or the server raised it (issue #17, docs/EVENTS.md "One opportunity per
-- window, wherever it was raised"). Two desks that evaluated before either synced can each
-- raise one; once a copy holds both, it closes the later one as merged into the earlier:
-- status 'dismissed' and merged_into = the id of the one that stays (its follow-through
-- moved there). Synced like the other follow-through columns; NULL for every other row.
ALTER TABLE opportunity ADD COLUMN merged_into TEXT;
