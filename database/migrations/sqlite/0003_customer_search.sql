-- Schema version 3: the instant-search index.
-- One row per way a customer can be typed: name and its suffixes (n:), pinyin spellings
-- and their syllable suffixes (p:), pinyin initials (i:), CIF (c:), and the mobile and ID
-- number reversed (mr:, dr:) so that "last 4 digits" is a prefix range scan.
-- Keys are made in C++ (pinyin needs the Unihan table), so the index is filled by
-- CustomerSearchIndex, not by triggers; search_index_version in app_setting says whether
-- it is complete.
CREATE TABLE customer_search_key (
    key         TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    PRIMARY KEY (key, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_search_key_customer ON customer_search_key(customer_id);
