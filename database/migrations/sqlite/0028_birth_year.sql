-- The birth date behind the reveal key (issue 14, found 1; docs/SECURITY.md §4). The ID
-- number's mask shows its first 6 and last 4 characters; the 8 it hides are the birth
-- date, so a plain birth_date gave the whole number to anyone with the file and any role's
-- password. birth_date is now an identifier (SensitiveColumns): sealed to the reveal key
-- like the ID number, opened only by roles with reveal_personal_data. What other work needs
-- (age for segments, offers, elderly-care rules, ranking) is the year, kept plain here.
-- The date itself is sealed by the next sign-in that opens the data key
-- (PlaintextSealing, list version 3), moved to the reveal key as identifiers are.
ALTER TABLE customer ADD COLUMN birth_year INTEGER;
UPDATE customer SET birth_year = CAST(substr(birth_date, 1, 4) AS INTEGER)
WHERE birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*';

-- A plain date written by a bulk path (a branch download, a test's raw SQL, an older
-- writer) brings its year along; a sealed one cannot be read here, so its writer sets the
-- year (BirthYear::complete). A date set to NULL leaves the year alone: a withheld copy
-- (WithheldSnapshot) keeps it; erasure clears both (CustomerDataMap).
CREATE TRIGGER customer_birth_year_insert AFTER INSERT ON customer
WHEN NEW.birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
BEGIN
    UPDATE customer SET birth_year = CAST(substr(NEW.birth_date, 1, 4) AS INTEGER)
    WHERE id = NEW.id;
END;
CREATE TRIGGER customer_birth_year_update AFTER UPDATE OF birth_date ON customer
WHEN NEW.birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
BEGIN
    UPDATE customer SET birth_year = CAST(substr(NEW.birth_date, 1, 4) AS INTEGER)
    WHERE id = NEW.id;
END;

-- Segments read the year now; the birthday window can no longer be read in SQL.
DROP INDEX IF EXISTS customer_manager_birthday;
DROP INDEX IF EXISTS customer_segment;
DROP INDEX IF EXISTS customer_segment_aum;
CREATE INDEX customer_segment ON customer(
    branch_id, deleted, tier, birth_year, aum_fen, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families, id, tag_list);
CREATE INDEX customer_segment_aum ON customer(
    branch_id, deleted, aum_fen, id, tier, birth_year, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families, tag_list);
