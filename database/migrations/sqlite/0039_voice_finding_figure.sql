-- Schema version 40: the branch head's customer-voice report without reading every objection
-- and competitor finding of the period (issue #15). VoiceQueries::report joined each finding
-- of the three months to its customer row and review: 424,847 findings, 6.2-8.5 s wall at
-- 1,000,000 customers (docs/BENCHMARKS.md). This table holds the count per branch, day, call
-- list, product family, kind and label: the report sums the days of its period.
--
-- Per day, not per month: the report's period is any two days the head picks.
-- Semantics (those of the query it replaces): a voice_finding row counts while it is not
-- deleted, its kind is 'objection' or 'competitor', no live review of it says 'dismissed',
-- and its customer row exists (deleted or not, as the join did), under the customer's
-- current branch. Call list '' is a note outside a call list.
-- Derived, local data like kyc_field_figure (0035): the triggers below keep it exact whoever
-- writes voice_finding, voice_review or customer (the background reading, a review, sync,
-- a baseline in any page order, an erasure's tombstones, a customer moved away and its rows
-- dropped); it is never synced. Rows that fall to 0 are deleted.
CREATE TABLE voice_finding_figure (
    branch_id    TEXT NOT NULL,
    noted_on     TEXT NOT NULL,
    call_list_id TEXT NOT NULL DEFAULT '',
    family       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    label        TEXT NOT NULL,
    heard        INTEGER NOT NULL,
    PRIMARY KEY (branch_id, noted_on, call_list_id, family, kind, label)
) WITHOUT ROWID;

INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label, count(*)
  FROM voice_finding f JOIN customer c ON c.id = f.customer_id
       -- counts every row read for the progress of an old file's upgrade (MigrationRunner);
       -- always 1, first so that it sees each row the walk reads. "+f.kind": the findings
       -- walked in their table's order (2.9-3.0 s at 1M), not through the kind index with a
       -- row lookup each (4.5-5.3 s), so the walk reads max(rowid) rows and the share ends at
       -- 100 % (63 % through the index).
 WHERE bd_migration_row(f.rowid, (SELECT max(rowid) FROM voice_finding))
   AND f.deleted = 0 AND +f.kind IN ('objection', 'competitor')
   AND NOT EXISTS (SELECT 1 FROM voice_review r
                    WHERE r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed')
 GROUP BY 1, 2, 3, 4, 5, 6;

-- A finding: counted under its customer's branch if the customer is there (a baseline may
-- bring it before its customer: the customer's own trigger counts it then) and no review
-- dismissed it (a review may come first too: its trigger finds no finding then).
CREATE TRIGGER voice_finding_figure_insert AFTER INSERT ON voice_finding
WHEN NEW.deleted = 0 AND NEW.kind IN ('objection', 'competitor')
BEGIN
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT c.branch_id, NEW.noted_on, coalesce(NEW.call_list_id, ''), NEW.family, NEW.kind,
           NEW.label, 1
      FROM customer c
     WHERE c.id = NEW.customer_id
       AND NOT EXISTS (SELECT 1 FROM voice_review r
                        WHERE r.id = NEW.id AND r.deleted = 0 AND r.decision = 'dismissed')
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + 1;
END;

CREATE TRIGGER voice_finding_figure_delete AFTER DELETE ON voice_finding
WHEN OLD.deleted = 0 AND OLD.kind IN ('objection', 'competitor')
    AND NOT EXISTS (SELECT 1 FROM voice_review r
                     WHERE r.id = OLD.id AND r.deleted = 0 AND r.decision = 'dismissed')
BEGIN
    UPDATE voice_finding_figure SET heard = heard - 1
     WHERE branch_id = (SELECT c.branch_id FROM customer c WHERE c.id = OLD.customer_id)
       AND noted_on = OLD.noted_on AND call_list_id = coalesce(OLD.call_list_id, '')
       AND family = OLD.family AND kind = OLD.kind AND label = OLD.label;
    DELETE FROM voice_finding_figure
     WHERE branch_id = (SELECT c.branch_id FROM customer c WHERE c.id = OLD.customer_id)
       AND noted_on = OLD.noted_on AND call_list_id = coalesce(OLD.call_list_id, '')
       AND family = OLD.family AND kind = OLD.kind AND label = OLD.label AND heard <= 0;
END;

-- An update of what a finding is counted by (a tombstone, an erasure's, a re-reading): out
-- of its old cell, into its new one.
CREATE TRIGGER voice_finding_figure_update
AFTER UPDATE OF id, customer_id, noted_on, call_list_id, family, kind, label, deleted ON voice_finding
WHEN OLD.id IS NOT NEW.id OR OLD.customer_id IS NOT NEW.customer_id
    OR OLD.noted_on IS NOT NEW.noted_on OR OLD.call_list_id IS NOT NEW.call_list_id
    OR OLD.family IS NOT NEW.family OR OLD.kind IS NOT NEW.kind OR OLD.label IS NOT NEW.label
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE voice_finding_figure SET heard = heard - 1
     WHERE OLD.deleted = 0 AND OLD.kind IN ('objection', 'competitor')
       AND NOT EXISTS (SELECT 1 FROM voice_review r
                        WHERE r.id = OLD.id AND r.deleted = 0 AND r.decision = 'dismissed')
       AND branch_id = (SELECT c.branch_id FROM customer c WHERE c.id = OLD.customer_id)
       AND noted_on = OLD.noted_on AND call_list_id = coalesce(OLD.call_list_id, '')
       AND family = OLD.family AND kind = OLD.kind AND label = OLD.label;
    DELETE FROM voice_finding_figure
     WHERE branch_id = (SELECT c.branch_id FROM customer c WHERE c.id = OLD.customer_id)
       AND noted_on = OLD.noted_on AND call_list_id = coalesce(OLD.call_list_id, '')
       AND family = OLD.family AND kind = OLD.kind AND label = OLD.label AND heard <= 0;
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT c.branch_id, NEW.noted_on, coalesce(NEW.call_list_id, ''), NEW.family, NEW.kind,
           NEW.label, 1
      FROM customer c
     WHERE NEW.deleted = 0 AND NEW.kind IN ('objection', 'competitor')
       AND c.id = NEW.customer_id
       AND NOT EXISTS (SELECT 1 FROM voice_review r
                        WHERE r.id = NEW.id AND r.deleted = 0 AND r.decision = 'dismissed')
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + 1;
END;

-- A review that dismisses takes its finding out; one that stops dismissing (deleted, turned
-- into a confirmation) puts it back. A review's id is its finding's.
CREATE TRIGGER voice_finding_figure_review_insert AFTER INSERT ON voice_review
WHEN NEW.deleted = 0 AND NEW.decision = 'dismissed'
BEGIN
    UPDATE voice_finding_figure SET heard = heard - 1
     WHERE (branch_id, noted_on, call_list_id, family, kind, label) IN (
            SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f JOIN customer c ON c.id = f.customer_id
             WHERE f.id = NEW.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor'));
    DELETE FROM voice_finding_figure
     WHERE heard <= 0 AND (branch_id, noted_on, call_list_id, family, kind, label) IN (
            SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f JOIN customer c ON c.id = f.customer_id
             WHERE f.id = NEW.id);
END;

CREATE TRIGGER voice_finding_figure_review_delete AFTER DELETE ON voice_review
WHEN OLD.deleted = 0 AND OLD.decision = 'dismissed'
BEGIN
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label, 1
      FROM voice_finding f JOIN customer c ON c.id = f.customer_id
     WHERE f.id = OLD.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor')
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + 1;
END;

CREATE TRIGGER voice_finding_figure_review_update
AFTER UPDATE OF id, decision, deleted ON voice_review
WHEN OLD.id IS NOT NEW.id
    OR (OLD.deleted = 0 AND OLD.decision = 'dismissed') IS NOT (NEW.deleted = 0 AND NEW.decision = 'dismissed')
BEGIN
    -- The old review no longer dismisses its finding: back in.
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label, 1
      FROM voice_finding f JOIN customer c ON c.id = f.customer_id
     WHERE OLD.deleted = 0 AND OLD.decision = 'dismissed'
       AND f.id = OLD.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor')
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + 1;
    -- The new one dismisses its finding: out.
    UPDATE voice_finding_figure SET heard = heard - 1
     WHERE NEW.deleted = 0 AND NEW.decision = 'dismissed'
       AND (branch_id, noted_on, call_list_id, family, kind, label) IN (
            SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f JOIN customer c ON c.id = f.customer_id
             WHERE f.id = NEW.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor'));
    DELETE FROM voice_finding_figure
     WHERE heard <= 0 AND (branch_id, noted_on, call_list_id, family, kind, label) IN (
            SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f JOIN customer c ON c.id = f.customer_id
             WHERE f.id = NEW.id);
END;

-- A customer row brings, takes or moves all its counted findings (one seek into
-- voice_finding's (customer_id, noted_on) index per customer written).
CREATE TRIGGER voice_finding_figure_customer_insert AFTER INSERT ON customer
BEGIN
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT NEW.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label,
           count(*)
      FROM voice_finding f
     WHERE f.customer_id = NEW.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor')
       AND NOT EXISTS (SELECT 1 FROM voice_review r
                        WHERE r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed')
     GROUP BY 2, 3, 4, 5, 6
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + excluded.heard;
END;

CREATE TRIGGER voice_finding_figure_customer_delete AFTER DELETE ON customer
BEGIN
    UPDATE voice_finding_figure
       SET heard = heard - (
               SELECT count(*) FROM voice_finding f
                WHERE f.customer_id = OLD.id AND f.deleted = 0
                  AND f.noted_on = voice_finding_figure.noted_on
                  AND coalesce(f.call_list_id, '') = voice_finding_figure.call_list_id
                  AND f.family = voice_finding_figure.family
                  AND f.kind = voice_finding_figure.kind AND f.label = voice_finding_figure.label
                  AND NOT EXISTS (SELECT 1 FROM voice_review r
                                   WHERE r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed'))
     WHERE branch_id = OLD.branch_id
       AND (noted_on, call_list_id, family, kind, label) IN (
            SELECT f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f
             WHERE f.customer_id = OLD.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor'));
    DELETE FROM voice_finding_figure
     WHERE branch_id = OLD.branch_id AND heard <= 0
       AND (noted_on, call_list_id, family, kind, label) IN (
            SELECT f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f WHERE f.customer_id = OLD.id);
END;

CREATE TRIGGER voice_finding_figure_customer_update AFTER UPDATE OF id, branch_id ON customer
WHEN OLD.id IS NOT NEW.id OR OLD.branch_id IS NOT NEW.branch_id
BEGIN
    UPDATE voice_finding_figure
       SET heard = heard - (
               SELECT count(*) FROM voice_finding f
                WHERE f.customer_id = OLD.id AND f.deleted = 0
                  AND f.noted_on = voice_finding_figure.noted_on
                  AND coalesce(f.call_list_id, '') = voice_finding_figure.call_list_id
                  AND f.family = voice_finding_figure.family
                  AND f.kind = voice_finding_figure.kind AND f.label = voice_finding_figure.label
                  AND NOT EXISTS (SELECT 1 FROM voice_review r
                                   WHERE r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed'))
     WHERE branch_id = OLD.branch_id
       AND (noted_on, call_list_id, family, kind, label) IN (
            SELECT f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f
             WHERE f.customer_id = OLD.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor'));
    DELETE FROM voice_finding_figure
     WHERE branch_id = OLD.branch_id AND heard <= 0
       AND (noted_on, call_list_id, family, kind, label) IN (
            SELECT f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label
              FROM voice_finding f WHERE f.customer_id = OLD.id);
    INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, family, kind, label, heard)
    SELECT NEW.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label,
           count(*)
      FROM voice_finding f
     WHERE f.customer_id = NEW.id AND f.deleted = 0 AND f.kind IN ('objection', 'competitor')
       AND NOT EXISTS (SELECT 1 FROM voice_review r
                        WHERE r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed')
     GROUP BY 2, 3, 4, 5, 6
    ON CONFLICT (branch_id, noted_on, call_list_id, family, kind, label)
       DO UPDATE SET heard = heard + excluded.heard;
END;
