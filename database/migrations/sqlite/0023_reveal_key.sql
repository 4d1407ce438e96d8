-- Keys follow permissions (issue 14, found 2; docs/SECURITY.md §3). Identifiers are sealed
-- to the file's reveal key pair (public half: app_setting reveal_public_key); its secret
-- half is granted only to the slots of roles with reveal_personal_data.
-- Each slot gets its own X25519 pair, so a holder can grant the reveal key to another
-- user's slot without knowing that user's password.
ALTER TABLE key_slot ADD COLUMN box_public BLOB;   -- the slot's public key, 32 bytes
ALTER TABLE key_slot ADD COLUMN box_secret BLOB;   -- its secret key, wrapped like the data key
ALTER TABLE key_slot ADD COLUMN reveal_grant BLOB; -- the reveal secret key sealed to box_public
