-- Lossy blind indexes (issue 14; docs/SECURITY.md §4). Every role holds the index key, so a
-- whole number's full token, or a 5- or 6-character tail's, let a role that sees only the
-- mask test guesses of the hidden digits against the file. The new keys (search index
-- version 5) cover the mask's characters, and for a mobile 6 bits of the whole number.
-- CustomerSearchIndex rebuilds the keys at the next sign-in that opens the data key, by
-- any role (a role without the reveal key from the masks); this mark makes that rebuild
-- zero the old keys' pages (secure_delete) and truncate the WAL, then it is removed.
INSERT OR REPLACE INTO app_setting(key, value) VALUES ('search_keys_scrub', '1');
