-- Schema version 17: offline sign-in of server accounts (issue 7).
-- A successful online sign-in (the sync server accepted user name and password) leaves a
-- verifier here: an Argon2id hash of the password (never the password, never the token),
-- the role and branch the server gave the account, and when. While it exists, it is what
-- this workstation checks that user's password against when the server cannot be reached;
-- the local staff_user row still carries lock-out counting. A password the server refused
-- although the verifier accepted it (account disabled or password changed there) clears
-- the hash and sets revoked_at: that user signs in only online again. Local to this
-- workstation, never synced.
CREATE TABLE offline_verifier (
    username      TEXT PRIMARY KEY,
    server        TEXT NOT NULL,
    password_hash TEXT,
    role          TEXT NOT NULL,
    branch_id     TEXT NOT NULL,
    verified_at   TEXT NOT NULL,
    revoked_at    TEXT,
    CHECK ((password_hash IS NULL) = (revoked_at IS NOT NULL))
) WITHOUT ROWID;
