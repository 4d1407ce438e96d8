-- Encryption at rest of personal-data columns (docs/SECURITY.md).
-- The file's random data key is kept only wrapped: one key slot per staff user, sealed
-- (XChaCha20-Poly1305) under a key derived from that user's password with Argon2id and
-- the slot's own salt. The data key's public fingerprint is app_setting field_key_id.
-- Local to this file: key slots are never synced.
CREATE TABLE key_slot (
    user_id    TEXT PRIMARY KEY REFERENCES staff_user(id),
    key_id     TEXT NOT NULL,          -- fingerprint of the data key this slot opens
    salt       BLOB NOT NULL,          -- Argon2id salt, 16 bytes
    opslimit   INTEGER NOT NULL,       -- Argon2id passes
    memlimit   INTEGER NOT NULL,       -- Argon2id memory, bytes
    wrapped    BLOB NOT NULL,          -- nonce | sealed data key | tag
    created_at TEXT NOT NULL
);
-- The search index changes key scheme (blind phone and ID keys): rebuild it.
DELETE FROM app_setting WHERE key = 'search_index_version';
