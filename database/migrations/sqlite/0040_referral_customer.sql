-- Schema version 40: a customer's open referral found by the customer (issue #15, F8).
-- Every teller referral, every potential VIP the lobby logs and every customer the lobby
-- links asks whether the customer already has an open referral
-- (ReferralRepository::openFor). With no index on customer_id, SQLite read every open
-- referral of the branch (referral_queue by status) or the whole table, and looked at
-- each one's customer. A customer has a handful of referrals in a lifetime: this index
-- finds them directly, oldest first as the check wants them. It serves the erasure and
-- move paths that look up a customer's referrals too.
CREATE INDEX referral_customer ON referral(customer_id, created_at);
