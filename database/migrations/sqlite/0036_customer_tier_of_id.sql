-- Schema version 36: the KYC coverage's final sessions per tier of a whole branch without
-- reading a customer row per customer with a final KYC (issue #15). KycCoverageQuery::perTier
-- goes from the branch's final sessions to their customers; each lookup by id read the wide
-- customer row only for its branch, deleted flag and tier: 1.04 s at 1,000,000 customers.
-- This index answers the lookup by itself (0.43 s, docs/BENCHMARKS.md). Live customers only,
-- like the figure.
CREATE INDEX customer_tier_of_id ON customer(id, branch_id, manager_id, tier) WHERE deleted = 0;
