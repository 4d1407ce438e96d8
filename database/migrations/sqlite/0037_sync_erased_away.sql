-- Schema version 37: the erasure of a customer this workstation dropped when they moved to
-- another branch (RELIABILITY.md F34). A row that stays with the branch (a referral) keeps
-- no link to them here (F24), so a change of it that names them and comes after their
-- erasure (a restored server's log sent again) could leave their personal data in the
-- conflict log for good. erased_at is the stamp of their erasure (the customer's erased_at
-- clock when they were dropped erased, or the first erasure pulled while they were away):
-- a pulled change naming them stamped before it is one that did not know of it.
-- Local only, not synced; NULL while no erasure of them is known.
ALTER TABLE sync_moved_away ADD COLUMN erased_at TEXT;
