-- Schema version 14: the dashboards (issue 6).
-- Tier, lifecycle and KYC-per-tier figures count a branch's (or one manager's) live
-- customers by tier and stage; AUM trends walk the same customers' ids. This index answers
-- all of them without reading customer rows (a whole-branch count reads 1M short index
-- entries instead of 1M wide rows: 0.5 s instead of 9 s on the 1M demo branch).
CREATE INDEX customer_dashboard
    ON customer(branch_id, manager_id, tier, lifecycle_stage, id) WHERE deleted = 0;
