-- Schema version 16: a monthly AUM rollup for the dashboards' AUM trend (issue 6).
-- The trend sums the month-end snapshots of a branch's (or one manager's) live customers;
-- from aum_snapshot that reads 12 million rows for a 1M-customer branch (12-48 s). This
-- table holds the same sums per branch, month and manager, so the trend reads a few
-- hundred rows.
--
-- Semantics (those of the query it replaces): a customer's snapshots count for the
-- customer's *current* branch and manager, and only while the customer is not deleted.
-- So the rollup follows the customer row: a reassignment, a deletion or an erasure (which
-- clears manager_id) moves all that customer's months from one key to the other.
-- manager_id '' stands for "no manager" (customer.manager_id NULL).
--
-- Derived, local data, like customer.holding_families (0009): the triggers below keep it
-- exact whoever writes aum_snapshot or customer (the demo generator, imports, sync, the
-- baseline download's INSERT OR IGNORE, erasure). It is never synchronised (it is not in
-- SyncChange::syncedTables() nor BaselinePage::tables()) and never shown row by row. A row
-- whose customers fell to 0 may stay; it adds nothing to a sum.
CREATE TABLE aum_month_total (
    branch_id  TEXT NOT NULL,
    month      TEXT NOT NULL,             -- 'YYYY-MM', as in aum_snapshot
    manager_id TEXT NOT NULL DEFAULT '',  -- '' : no manager
    aum_fen    INTEGER NOT NULL,
    customers  INTEGER NOT NULL,          -- snapshots summed (one per customer and month)
    PRIMARY KEY (branch_id, month, manager_id)
) WITHOUT ROWID;

-- Filled once from the existing snapshots: each snapshot row is added to its key (an
-- upsert into this small table instead of sorting 12 million rows for a GROUP BY). No
-- INDEXED BY: a workstation whose baseline download was interrupted has its secondary
-- indexes set aside, and the migration must not fail for want of one.
INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
SELECT c.branch_id, a.month, coalesce(c.manager_id, ''), a.aum_fen, 1
  FROM customer c
 CROSS JOIN aum_snapshot a ON a.customer_id = c.id
 WHERE c.deleted = 0
ON CONFLICT(branch_id, month, manager_id) DO UPDATE
   SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;

-- A snapshot of a live customer adds to the customer's key. A snapshot whose customer is
-- not there yet (a baseline load runs without foreign keys) is added when the customer
-- row arrives (aum_month_total_customer_insert).
CREATE TRIGGER aum_month_total_snapshot_insert AFTER INSERT ON aum_snapshot
BEGIN
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT c.branch_id, NEW.month, coalesce(c.manager_id, ''), NEW.aum_fen, 1
      FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;

CREATE TRIGGER aum_month_total_snapshot_delete AFTER DELETE ON aum_snapshot
BEGIN
    UPDATE aum_month_total SET aum_fen = aum_fen - OLD.aum_fen, customers = customers - 1
     WHERE month = OLD.month
       AND branch_id = (SELECT c.branch_id FROM customer c
                         WHERE c.id = OLD.customer_id AND c.deleted = 0)
       AND manager_id = (SELECT coalesce(c.manager_id, '') FROM customer c
                          WHERE c.id = OLD.customer_id AND c.deleted = 0);
END;

-- Snapshots are insert-only in the application; an edit is handled all the same.
CREATE TRIGGER aum_month_total_snapshot_update
AFTER UPDATE OF customer_id, month, aum_fen ON aum_snapshot
BEGIN
    UPDATE aum_month_total SET aum_fen = aum_fen - OLD.aum_fen, customers = customers - 1
     WHERE month = OLD.month
       AND branch_id = (SELECT c.branch_id FROM customer c
                         WHERE c.id = OLD.customer_id AND c.deleted = 0)
       AND manager_id = (SELECT coalesce(c.manager_id, '') FROM customer c
                          WHERE c.id = OLD.customer_id AND c.deleted = 0);
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT c.branch_id, NEW.month, coalesce(c.manager_id, ''), NEW.aum_fen, 1
      FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;

-- A customer row that arrives after its snapshots (or is re-created) brings them in.
CREATE TRIGGER aum_month_total_customer_insert AFTER INSERT ON customer
WHEN NEW.deleted = 0 AND EXISTS (SELECT 1 FROM aum_snapshot s WHERE s.customer_id = NEW.id)
BEGIN
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT NEW.branch_id, s.month, coalesce(NEW.manager_id, ''), s.aum_fen, 1
      FROM aum_snapshot s WHERE s.customer_id = NEW.id
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;

-- Reassignment, move to another branch, deletion, restoration, erasure: the customer's
-- months leave the old key (if it counted) and join the new one (if it counts). One seek
-- per snapshot of that customer; other customer edits do not fire it.
CREATE TRIGGER aum_month_total_customer_update
AFTER UPDATE OF id, branch_id, manager_id, deleted ON customer
WHEN (OLD.id IS NOT NEW.id OR OLD.branch_id IS NOT NEW.branch_id
      OR OLD.manager_id IS NOT NEW.manager_id OR OLD.deleted IS NOT NEW.deleted)
     AND (OLD.deleted = 0 OR NEW.deleted = 0)
BEGIN
    UPDATE aum_month_total
       SET aum_fen = aum_fen - (SELECT s.aum_fen FROM aum_snapshot s
                                 WHERE s.customer_id = OLD.id
                                   AND s.month = aum_month_total.month),
           customers = customers - 1
     WHERE OLD.deleted = 0 AND branch_id = OLD.branch_id
       AND manager_id = coalesce(OLD.manager_id, '')
       AND month IN (SELECT s.month FROM aum_snapshot s WHERE s.customer_id = OLD.id);
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT NEW.branch_id, s.month, coalesce(NEW.manager_id, ''), s.aum_fen, 1
      FROM aum_snapshot s WHERE s.customer_id = NEW.id AND NEW.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;

-- Foreign keys keep a customer with snapshots from being deleted; with them off (a
-- baseline load) its months still leave the rollup.
CREATE TRIGGER aum_month_total_customer_delete AFTER DELETE ON customer
WHEN OLD.deleted = 0
BEGIN
    UPDATE aum_month_total
       SET aum_fen = aum_fen - (SELECT s.aum_fen FROM aum_snapshot s
                                 WHERE s.customer_id = OLD.id
                                   AND s.month = aum_month_total.month),
           customers = customers - 1
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND month IN (SELECT s.month FROM aum_snapshot s WHERE s.customer_id = OLD.id);
END;
