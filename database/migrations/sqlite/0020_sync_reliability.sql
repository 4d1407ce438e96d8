-- Schema version 20: sync under real faults (issue 13, docs/RELIABILITY.md).

-- A pulled change this workstation could not apply is set aside here with the reason, so
-- that the rest of its batch applies and the cursor advances (a batch never wedges); the
-- conflict review and `branchdesk-admin sync` show it. NULL on an ordinary lost value.
ALTER TABLE sync_conflict ADD COLUMN reason TEXT;

-- The hybrid logical clock stamp of a consent record: the current consent of a purpose is
-- the last record in one order every workstation agrees on (stamp, which ends in the node
-- id), not local wall time. Records from before have '' and sort before every stamped one.
ALTER TABLE consent_record ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
