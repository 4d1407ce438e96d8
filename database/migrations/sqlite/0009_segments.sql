-- Schema version 9: indexes for the segment builder (issue 6).
-- A segment filters the whole branch, so its conditions are answered from narrow covering
-- indexes rather than the wide customer rows:
-- * customer_segment holds every customer column a condition reads, tier and birth date
--   first, so a count seeks the tier/age range and reads nothing else;
-- * customer_segment_aum holds the same in AUM order with the id, so the first page of a
--   result sorted by AUM (the default) stops after its first rows instead of sorting all;
-- * holding_segment answers amount and maturity conditions with one seek per customer,
--   customer_tag_members lists a tag's customers without touching the rows,
--   customer_event_segment answers "event of kind K in the last N days".
CREATE INDEX holding_segment ON holding(
    customer_id, status, deleted, product_family, amount_fen, maturity_date);
CREATE INDEX customer_tag_members ON customer_tag(tag_id, deleted, customer_id);
CREATE INDEX customer_event_segment ON customer_event(customer_id, occurred_at, kind);
CREATE INDEX segment_branch ON segment(branch_id, deleted, name);

-- "Holds a product of family F" is the commonest holding condition; a seek into holding
-- per candidate customer cost ~2/3 of a broad count at 1M customers. So each customer
-- carries the families of its active, non-deleted holdings as a bit set (deposit 1,
-- wealth 2, fund 4, insurance 8, precious_metal 16, bond 32, trust 64, loan 128; the same
-- table is in SegmentCompiler.cpp), tested inside the covering index scan.
-- It is derived, local data: the triggers below keep it right whoever writes holding
-- (services, sync, imports, the demo generator), it is never synced or shown, and
-- sum(DISTINCT bit) is the bitwise OR of distinct powers of two.
ALTER TABLE customer ADD COLUMN holding_families INTEGER NOT NULL DEFAULT 0;

UPDATE customer SET holding_families = (
    SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
               WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
               WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
    FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0);

-- Each trigger writes the customer row only when its bit set really changes: the row and
-- both customer_segment indexes are rewritten on every write, which a bulk load (the demo
-- generator, an import) would otherwise pay for every holding.
CREATE TRIGGER holding_families_insert AFTER INSERT ON holding
WHEN NEW.status = 'active' AND NEW.deleted = 0
BEGIN
    UPDATE customer SET holding_families = holding_families | (CASE NEW.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
               WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
               WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END)
    WHERE id = NEW.customer_id AND (holding_families & (CASE NEW.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
               WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
               WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END)) = 0;
END;

CREATE TRIGGER holding_families_update
AFTER UPDATE OF customer_id, product_family, status, deleted ON holding
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.product_family IS NOT NEW.product_family
    OR OLD.status IS NOT NEW.status OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id IN (OLD.customer_id, NEW.customer_id) AND holding_families <> (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0);
END;

CREATE TRIGGER holding_families_delete AFTER DELETE ON holding
WHEN OLD.status = 'active' AND OLD.deleted = 0
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id = OLD.customer_id AND holding_families <> (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0);
END;

-- Sync may deliver a customer after its holdings (or re-create a row), so a new customer
-- row picks up the holdings already there.
CREATE TRIGGER customer_holding_families_insert AFTER INSERT ON customer
WHEN EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = NEW.id)
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id = NEW.id;
END;

-- Built after the backfill, so the update above does not maintain them row by row.
CREATE INDEX customer_segment ON customer(
    branch_id, deleted, tier, birth_date, aum_fen, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families, id);
CREATE INDEX customer_segment_aum ON customer(
    branch_id, deleted, aum_fen, id, tier, birth_date, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families);
