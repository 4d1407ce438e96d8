-- Schema version 42: a counter service left unfinished (the customer never came back before
-- the day ended) is closed as such, not left dangling at 4 of 7 (issue #15, F9). Stamped when
-- the teller's desk next opens on a later day (TellerServicesLeftOpen); NULL for a service seen
-- off or still running today. Synced like the step columns.
ALTER TABLE teller_session ADD COLUMN abandoned_at TEXT;
