-- Schema version 9: indexes for the segment builder (issue 6).
-- A segment filters the whole branch, so its conditions are answered from narrow covering
-- indexes rather than the wide customer rows:
-- * customer_segment holds every customer column a condition reads, tier and birth date
--   first, so a count seeks the tier/age range and reads nothing else;
-- * customer_segment_aum holds the same in AUM order with the id, so the first page of a
--   result sorted by AUM (the default) stops after its first rows instead of sorting all;
-- * holding_segment answers "holds family X / amount / maturing" with one seek per
--   customer, customer_tag_members lists a tag's customers without touching the rows,
--   customer_event_segment answers "event of kind K in the last N days".
CREATE INDEX customer_segment ON customer(
    branch_id, deleted, tier, birth_date, aum_fen, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, id);
CREATE INDEX customer_segment_aum ON customer(
    branch_id, deleted, aum_fen, id, tier, birth_date, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry);
CREATE INDEX holding_segment ON holding(
    customer_id, status, deleted, product_family, amount_fen, maturity_date);
CREATE INDEX customer_tag_members ON customer_tag(tag_id, deleted, customer_id);
CREATE INDEX customer_event_segment ON customer_event(customer_id, occurred_at, kind);
CREATE INDEX segment_branch ON segment(branch_id, deleted, name);
