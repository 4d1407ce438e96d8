-- Schema version 33: the branch head's and the wealth manager's figures without counting the
-- whole book at every sign-in (issue #15 item 20). The head's overview, the dashboards and
-- the staff table counted and summed a branch's live customers by tier, stage and manager
-- with a scan of customer_dashboard (0014) or of the customer rows each time: eight such
-- scans per branch-head sign-in, ~13 s at 1,000,000 customers on a loaded desk. This table
-- holds those counts and AUM sums per branch, manager, tier and stage: a whole branch is a
-- few dozen rows.
--
-- Semantics (those of the queries it replaces): a customer counts while it is not deleted,
-- under its current branch, manager ('' : none), tier and lifecycle stage.
-- Derived, local data like aum_month_total (0016) and offer_peer_share (0030): the triggers
-- keep it exact whoever writes customer (services, sync, snapshot merges, imports, the demo
-- generator, erasure); it is never synced. Rows whose customers fall to 0 are deleted, so
-- the table holds exactly what the whole aggregate would give.
CREATE TABLE customer_figure (
    branch_id       TEXT NOT NULL,
    manager_id      TEXT NOT NULL DEFAULT '',
    tier            TEXT NOT NULL,
    lifecycle_stage TEXT NOT NULL,
    customers       INTEGER NOT NULL,
    aum_fen         INTEGER NOT NULL,
    PRIMARY KEY (branch_id, manager_id, tier, lifecycle_stage)
) WITHOUT ROWID;

INSERT INTO customer_figure(branch_id, manager_id, tier, lifecycle_stage, customers, aum_fen)
SELECT branch_id, coalesce(manager_id, ''), tier, lifecycle_stage, count(*), sum(aum_fen)
  FROM customer WHERE deleted = 0
 GROUP BY branch_id, coalesce(manager_id, ''), tier, lifecycle_stage;

CREATE TRIGGER customer_figure_insert AFTER INSERT ON customer
WHEN NEW.deleted = 0
BEGIN
    INSERT INTO customer_figure(branch_id, manager_id, tier, lifecycle_stage, customers, aum_fen)
    VALUES (NEW.branch_id, coalesce(NEW.manager_id, ''), NEW.tier, NEW.lifecycle_stage, 1,
            NEW.aum_fen)
    ON CONFLICT (branch_id, manager_id, tier, lifecycle_stage) DO UPDATE
       SET customers = customers + 1, aum_fen = aum_fen + excluded.aum_fen;
END;

CREATE TRIGGER customer_figure_delete AFTER DELETE ON customer
WHEN OLD.deleted = 0
BEGIN
    UPDATE customer_figure SET customers = customers - 1, aum_fen = aum_fen - OLD.aum_fen
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND tier = OLD.tier AND lifecycle_stage = OLD.lifecycle_stage;
    DELETE FROM customer_figure
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND tier = OLD.tier AND lifecycle_stage = OLD.lifecycle_stage AND customers <= 0;
END;

-- A change of key, of AUM, a deletion or a customer brought back: out of the old key (if it
-- counted), into the new one (if it counts).
CREATE TRIGGER customer_figure_update
AFTER UPDATE OF branch_id, manager_id, tier, lifecycle_stage, aum_fen, deleted ON customer
WHEN OLD.branch_id IS NOT NEW.branch_id OR OLD.manager_id IS NOT NEW.manager_id
    OR OLD.tier IS NOT NEW.tier OR OLD.lifecycle_stage IS NOT NEW.lifecycle_stage
    OR OLD.aum_fen IS NOT NEW.aum_fen OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE customer_figure SET customers = customers - 1, aum_fen = aum_fen - OLD.aum_fen
     WHERE OLD.deleted = 0
       AND branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND tier = OLD.tier AND lifecycle_stage = OLD.lifecycle_stage;
    DELETE FROM customer_figure
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND tier = OLD.tier AND lifecycle_stage = OLD.lifecycle_stage AND customers <= 0;
    INSERT INTO customer_figure(branch_id, manager_id, tier, lifecycle_stage, customers, aum_fen)
    SELECT NEW.branch_id, coalesce(NEW.manager_id, ''), NEW.tier, NEW.lifecycle_stage, 1,
           NEW.aum_fen
     WHERE NEW.deleted = 0
    ON CONFLICT (branch_id, manager_id, tier, lifecycle_stage) DO UPDATE
       SET customers = customers + 1, aum_fen = aum_fen + excluded.aum_fen;
END;

-- The segment editor's industry choices: the distinct values of a branch are found by
-- skipping through this index (SegmentQueries::choices), a few seeks per value instead of
-- reading every customer row. Locality has its index since 0008.
CREATE INDEX customer_industry ON customer(branch_id, industry);

-- The open (or held) opportunities of the desk's lists, found by status rather than by walking
-- every opportunity ever made (the lists read them outermost, CROSS JOIN customer).
CREATE INDEX opportunity_status ON opportunity(status, assigned_role);
