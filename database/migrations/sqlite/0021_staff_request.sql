-- Schema version 20: four eyes on who may reach personal data (issue 14).
-- Granting a role that may reveal, export or erase personal data (or the branch head's),
-- and setting another person's password, are requested by one person and carried out only
-- when a second, authorised person approves (app/services/staff/PrivilegeRequests). The
-- request holds no secret: the approver sets the new password. Local to this workstation,
-- never synced; both steps are in the audit log.
CREATE TABLE staff_request (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('add_user', 'reset_password')),
    username     TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    branch_id    TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'withdrawn'))
) WITHOUT ROWID;
CREATE INDEX staff_request_pending ON staff_request(state, requested_at);
