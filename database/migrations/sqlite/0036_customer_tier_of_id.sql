-- Schema version 36: the KYC coverage's final sessions per tier of a whole branch without
-- reading a customer row per customer with a final KYC (issue #15). KycCoverageQuery::perTier
-- goes from the branch's final sessions to their customers; each lookup by id read the wide
-- customer row only for its branch, deleted flag and tier: 1.6 s wall at 1,000,000 customers
-- on a busy desk. This index answers the lookup by itself (0.5 s, docs/BENCHMARKS.md). Not
-- partial: with the deleted flag among its columns it also covers lookups that keep deleted
-- customers (the voice report's findings to their branch).
CREATE INDEX customer_tier_of_id ON customer(id, branch_id, deleted, manager_id, tier);
