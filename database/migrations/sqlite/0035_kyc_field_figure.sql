-- Schema version 35: the branch head's KYC nine-grid without joining every KYC answer of the
-- branch to its customer row (issue #15). "Answers per question" (KycCoverageQuery::
-- answeredPerQuestion) read each live kyc_field row and its customer's row for the branch,
-- manager and deleted flag: 2.7 s wall at 1,000,000 customers, and an index left 1.9 s. This
-- table holds the count per branch, manager and question: a branch is a few hundred rows.
--
-- Semantics (those of the query it replaces): a kyc_field row counts while it is not deleted
-- and its customer row exists and is not deleted, under the customer's current branch and
-- manager ('' : none) and the row's question_id.
-- Derived, local data like customer_figure (0033): the triggers below keep it exact whoever
-- writes kyc_field or customer (services, sync, snapshot merges, a baseline in any page order,
-- imports, the demo generator, erasure); it is never synced. Rows that fall to 0 are deleted.
CREATE TABLE kyc_field_figure (
    branch_id   TEXT NOT NULL,
    manager_id  TEXT NOT NULL DEFAULT '',
    question_id TEXT NOT NULL,
    answered    INTEGER NOT NULL,
    PRIMARY KEY (branch_id, manager_id, question_id)
) WITHOUT ROWID;

INSERT INTO kyc_field_figure(branch_id, manager_id, question_id, answered)
SELECT c.branch_id, coalesce(c.manager_id, ''), f.question_id, count(*)
  FROM kyc_field f JOIN customer c ON c.id = f.customer_id
 WHERE f.deleted = 0 AND c.deleted = 0
   -- counts the rows for the progress of an old file's upgrade (MigrationRunner); always 1
   AND bd_migration_row(f.rowid, (SELECT max(rowid) FROM kyc_field))
 GROUP BY 1, 2, 3;

-- An answer row: counted under its customer, if the customer is there and live (a baseline
-- may bring the answer before its customer: the customer's own trigger counts it then).
CREATE TRIGGER kyc_field_figure_insert AFTER INSERT ON kyc_field
WHEN NEW.deleted = 0
BEGIN
    INSERT INTO kyc_field_figure(branch_id, manager_id, question_id, answered)
    SELECT c.branch_id, coalesce(c.manager_id, ''), NEW.question_id, 1
      FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT (branch_id, manager_id, question_id) DO UPDATE SET answered = answered + 1;
END;

CREATE TRIGGER kyc_field_figure_delete AFTER DELETE ON kyc_field
WHEN OLD.deleted = 0
BEGIN
    UPDATE kyc_field_figure SET answered = answered - 1
     WHERE question_id = OLD.question_id
       AND (branch_id, manager_id) = (SELECT c.branch_id, coalesce(c.manager_id, '')
                                        FROM customer c
                                       WHERE c.id = OLD.customer_id AND c.deleted = 0);
    DELETE FROM kyc_field_figure WHERE question_id = OLD.question_id AND answered <= 0;
END;

CREATE TRIGGER kyc_field_figure_update
AFTER UPDATE OF customer_id, question_id, deleted ON kyc_field
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.question_id IS NOT NEW.question_id
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE kyc_field_figure SET answered = answered - 1
     WHERE OLD.deleted = 0 AND question_id = OLD.question_id
       AND (branch_id, manager_id) = (SELECT c.branch_id, coalesce(c.manager_id, '')
                                        FROM customer c
                                       WHERE c.id = OLD.customer_id AND c.deleted = 0);
    DELETE FROM kyc_field_figure WHERE question_id = OLD.question_id AND answered <= 0;
    INSERT INTO kyc_field_figure(branch_id, manager_id, question_id, answered)
    SELECT c.branch_id, coalesce(c.manager_id, ''), NEW.question_id, 1
      FROM customer c WHERE NEW.deleted = 0 AND c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT (branch_id, manager_id, question_id) DO UPDATE SET answered = answered + 1;
END;

-- A customer row brings, takes or moves all its live answers (one seek into kyc_field's
-- (customer_id, field) index per customer written).
CREATE TRIGGER kyc_field_figure_customer_insert AFTER INSERT ON customer
WHEN NEW.deleted = 0
BEGIN
    INSERT INTO kyc_field_figure(branch_id, manager_id, question_id, answered)
    SELECT NEW.branch_id, coalesce(NEW.manager_id, ''), f.question_id, count(*)
      FROM kyc_field f WHERE f.customer_id = NEW.id AND f.deleted = 0
     GROUP BY f.question_id
    ON CONFLICT (branch_id, manager_id, question_id)
       DO UPDATE SET answered = answered + excluded.answered;
END;

CREATE TRIGGER kyc_field_figure_customer_delete AFTER DELETE ON customer
WHEN OLD.deleted = 0
BEGIN
    UPDATE kyc_field_figure
       SET answered = answered - (SELECT count(*) FROM kyc_field f
                                   WHERE f.customer_id = OLD.id AND f.deleted = 0
                                     AND f.question_id = kyc_field_figure.question_id)
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND question_id IN (SELECT question_id FROM kyc_field
                            WHERE customer_id = OLD.id AND deleted = 0);
    DELETE FROM kyc_field_figure
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND answered <= 0;
END;

CREATE TRIGGER kyc_field_figure_customer_update
AFTER UPDATE OF id, branch_id, manager_id, deleted ON customer
WHEN OLD.id IS NOT NEW.id OR OLD.branch_id IS NOT NEW.branch_id
    OR OLD.manager_id IS NOT NEW.manager_id OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE kyc_field_figure
       SET answered = answered - (SELECT count(*) FROM kyc_field f
                                   WHERE f.customer_id = OLD.id AND f.deleted = 0
                                     AND f.question_id = kyc_field_figure.question_id)
     WHERE OLD.deleted = 0
       AND branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND question_id IN (SELECT question_id FROM kyc_field
                            WHERE customer_id = OLD.id AND deleted = 0);
    DELETE FROM kyc_field_figure
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND answered <= 0;
    INSERT INTO kyc_field_figure(branch_id, manager_id, question_id, answered)
    SELECT NEW.branch_id, coalesce(NEW.manager_id, ''), f.question_id, count(*)
      FROM kyc_field f WHERE NEW.deleted = 0 AND f.customer_id = NEW.id AND f.deleted = 0
     GROUP BY f.question_id
    ON CONFLICT (branch_id, manager_id, question_id)
       DO UPDATE SET answered = answered + excluded.answered;
END;
