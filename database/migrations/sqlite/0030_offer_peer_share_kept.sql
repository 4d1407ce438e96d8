-- Schema version 30: the offers' peer figures (offer_peer_share, migration 0022) are kept
-- in step by triggers as customers and holdings are written, instead of being worked out
-- again by the first offer of each day: that whole-branch aggregate made the first offer of
-- the day wait 77 s at 1,000,000 customers (docs/BENCHMARKS.md, issue #20). Now reading a
-- group is one seek at any time, and the figures are those of this moment, not of the
-- morning.
-- A customer counts in the group of its branch, tier and risk level (0: none) while it is
-- not deleted; it holds a product while at least one of its holdings of that code is
-- active, not deleted and not a loan. Like customer.holding_families (migration 0009) this
-- is derived, local data: whoever writes customer or holding (services, sync, snapshot
-- merges, imports, the demo generator) keeps it right, and it is never synced.
-- Zero rows are deleted, so the table holds exactly what the whole aggregate would give.

DELETE FROM offer_peer_share;
INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
SELECT branch_id, tier, coalesce(risk_level, 0), '', count(*) FROM customer
WHERE deleted = 0 GROUP BY branch_id, tier, coalesce(risk_level, 0);
INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0), h.product_code,
       count(DISTINCT h.customer_id)
FROM holding h JOIN customer c ON c.id = h.customer_id
WHERE c.deleted = 0 AND h.status = 'active' AND h.deleted = 0 AND h.product_family <> 'loan'
    AND h.product_code <> ''
GROUP BY c.branch_id, c.tier, coalesce(c.risk_level, 0), h.product_code;
-- The day stamps of the figures worked out once a day are of no use any more.
DELETE FROM app_setting WHERE key LIKE 'offers.peer_share_on:%';

-- A customer joins its group with every product it holds (sync may deliver the holdings
-- before their customer).
CREATE TRIGGER customer_peer_share_insert AFTER INSERT ON customer
WHEN NEW.deleted = 0
BEGIN
    INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
    SELECT NEW.branch_id, NEW.tier, coalesce(NEW.risk_level, 0), '', 1 WHERE true
    UNION
    SELECT NEW.branch_id, NEW.tier, coalesce(NEW.risk_level, 0), h.product_code, 1
    FROM holding h WHERE h.customer_id = NEW.id AND h.status = 'active' AND h.deleted = 0
        AND h.product_family <> 'loan' AND h.product_code <> ''
    ON CONFLICT (branch_id, tier, risk_level, product_code) DO UPDATE SET holders = holders + 1;
END;

-- A customer that changes group, or is deleted or brought back, leaves its old group and
-- joins the new one with every product it holds.
CREATE TRIGGER customer_peer_share_update
AFTER UPDATE OF branch_id, tier, risk_level, deleted ON customer
WHEN OLD.branch_id IS NOT NEW.branch_id OR OLD.tier IS NOT NEW.tier
    OR OLD.risk_level IS NOT NEW.risk_level OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE offer_peer_share SET holders = holders - 1
    WHERE OLD.deleted = 0 AND branch_id = OLD.branch_id AND tier = OLD.tier
        AND risk_level = coalesce(OLD.risk_level, 0)
        AND (product_code = '' OR product_code IN (
            SELECT h.product_code FROM holding h WHERE h.customer_id = OLD.id
                AND h.status = 'active' AND h.deleted = 0 AND h.product_family <> 'loan'));
    DELETE FROM offer_peer_share
    WHERE branch_id = OLD.branch_id AND tier = OLD.tier
        AND risk_level = coalesce(OLD.risk_level, 0) AND holders <= 0;
    INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
    SELECT NEW.branch_id, NEW.tier, coalesce(NEW.risk_level, 0), '', 1 WHERE NEW.deleted = 0
    UNION
    SELECT NEW.branch_id, NEW.tier, coalesce(NEW.risk_level, 0), h.product_code, 1
    FROM holding h WHERE NEW.deleted = 0 AND h.customer_id = NEW.id AND h.status = 'active'
        AND h.deleted = 0 AND h.product_family <> 'loan' AND h.product_code <> ''
    ON CONFLICT (branch_id, tier, risk_level, product_code) DO UPDATE SET holders = holders + 1;
END;

CREATE TRIGGER customer_peer_share_delete AFTER DELETE ON customer
WHEN OLD.deleted = 0
BEGIN
    UPDATE offer_peer_share SET holders = holders - 1
    WHERE branch_id = OLD.branch_id AND tier = OLD.tier
        AND risk_level = coalesce(OLD.risk_level, 0)
        AND (product_code = '' OR product_code IN (
            SELECT h.product_code FROM holding h WHERE h.customer_id = OLD.id
                AND h.status = 'active' AND h.deleted = 0 AND h.product_family <> 'loan'));
    DELETE FROM offer_peer_share
    WHERE branch_id = OLD.branch_id AND tier = OLD.tier
        AND risk_level = coalesce(OLD.risk_level, 0) AND holders <= 0;
END;

-- A holding counts only when it is its customer's first of that product.
CREATE TRIGGER holding_peer_share_insert AFTER INSERT ON holding
WHEN NEW.status = 'active' AND NEW.deleted = 0 AND NEW.product_family <> 'loan'
    AND NEW.product_code <> ''
BEGIN
    INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
    SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0), NEW.product_code, 1
    FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
        AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = NEW.customer_id
            AND h.product_code = NEW.product_code AND h.id <> NEW.id AND h.status = 'active'
            AND h.deleted = 0 AND h.product_family <> 'loan')
    ON CONFLICT (branch_id, tier, risk_level, product_code) DO UPDATE SET holders = holders + 1;
END;

-- And stops counting when it was the last one.
CREATE TRIGGER holding_peer_share_delete AFTER DELETE ON holding
WHEN OLD.status = 'active' AND OLD.deleted = 0 AND OLD.product_family <> 'loan'
    AND OLD.product_code <> ''
BEGIN
    UPDATE offer_peer_share SET holders = holders - 1
    WHERE (branch_id, tier, risk_level) IN (
            SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0) FROM customer c
            WHERE c.id = OLD.customer_id AND c.deleted = 0)
        AND product_code = OLD.product_code
        AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = OLD.customer_id
            AND h.product_code = OLD.product_code AND h.status = 'active' AND h.deleted = 0
            AND h.product_family <> 'loan');
    DELETE FROM offer_peer_share WHERE product_code = OLD.product_code AND holders <= 0
        AND (branch_id, tier, risk_level) IN (
            SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0) FROM customer c
            WHERE c.id = OLD.customer_id);
END;

-- A changed holding is its old self deleted and its new self inserted, except when it held
-- the same product of the same customer before and after (an amount, a rename).
CREATE TRIGGER holding_peer_share_update
AFTER UPDATE OF customer_id, product_family, product_code, status, deleted ON holding
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.product_code IS NOT NEW.product_code
    OR (OLD.status = 'active' AND OLD.deleted = 0 AND OLD.product_family <> 'loan')
        IS NOT (NEW.status = 'active' AND NEW.deleted = 0 AND NEW.product_family <> 'loan')
BEGIN
    UPDATE offer_peer_share SET holders = holders - 1
    WHERE OLD.status = 'active' AND OLD.deleted = 0 AND OLD.product_family <> 'loan'
        AND OLD.product_code <> ''
        AND (branch_id, tier, risk_level) IN (
            SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0) FROM customer c
            WHERE c.id = OLD.customer_id AND c.deleted = 0)
        AND product_code = OLD.product_code
        AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = OLD.customer_id
            AND h.product_code = OLD.product_code AND h.status = 'active' AND h.deleted = 0
            AND h.product_family <> 'loan');
    DELETE FROM offer_peer_share WHERE product_code = OLD.product_code AND holders <= 0
        AND (branch_id, tier, risk_level) IN (
            SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0) FROM customer c
            WHERE c.id = OLD.customer_id);
    INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders)
    SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0), NEW.product_code, 1
    FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
        AND NEW.status = 'active' AND NEW.deleted = 0 AND NEW.product_family <> 'loan'
        AND NEW.product_code <> ''
        AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = NEW.customer_id
            AND h.product_code = NEW.product_code AND h.id <> NEW.id AND h.status = 'active'
            AND h.deleted = 0 AND h.product_family <> 'loan')
    ON CONFLICT (branch_id, tier, risk_level, product_code) DO UPDATE SET holders = holders + 1;
END;
