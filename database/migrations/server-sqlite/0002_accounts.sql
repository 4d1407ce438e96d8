-- Schema version 2 (as ../postgres/0002_accounts.sql): staff accounts are authoritative on
-- the server; a sign-in gives an expiring bearer token. Only a SHA-256 of each token is
-- stored, so a copy of this file does not hand out working tokens.
CREATE TABLE staff_account (
    username      TEXT PRIMARY KEY,
    branch_id     TEXT NOT NULL REFERENCES branch(id),
    role          TEXT NOT NULL CHECK (role IN ('lobby_manager', 'teller', 'wealth_manager',
                                                 'branch_head', 'admin')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE access_token (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES staff_account(username),
    expires_at TEXT NOT NULL,          -- UTC, ISO 8601 with milliseconds and Z
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX access_token_expiry ON access_token(expires_at);
