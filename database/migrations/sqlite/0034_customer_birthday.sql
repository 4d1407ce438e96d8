-- Schema version 34: the care plan's birthdays without opening every birth date of a book at
-- every sign-in (issue #15). The birth date is an identifier sealed to the reveal key (an
-- X25519 box, SECURITY.md §3): finding "birthdays in the next 7 days" opened all 43,756
-- dates of the largest book of a 1,000,000-customer branch, ~5 s before a wealth manager's
-- figures were in. This table keeps, per customer, the month and day of birth as "MM-dd"
-- sealed under a key derived from the reveal secret key (FieldKeys::sealUnderRevealKey,
-- XChaCha20-Poly1305 bound to the customer id, opened in a microsecond): readable by the
-- same roles as the date itself and no other, telling nothing to the file (random nonces,
-- so two customers born on the same day do not look alike).
--
-- Derived, desk-local data, never synced: BirthdayBook fills it as it opens dates (the first
-- plan of a book pays once), and these triggers drop an entry whenever the customer row is
-- written with a birth date (a REPLACE inserts) or removed, so an entry always belongs to
-- the birth date the customer has now.
CREATE TABLE customer_birthday (
    customer_id TEXT PRIMARY KEY NOT NULL,
    month_day   BLOB NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER customer_birthday_insert AFTER INSERT ON customer
BEGIN
    DELETE FROM customer_birthday WHERE customer_id = NEW.id;
END;

CREATE TRIGGER customer_birthday_update AFTER UPDATE OF id, birth_date ON customer
BEGIN
    DELETE FROM customer_birthday WHERE customer_id IN (OLD.id, NEW.id);
END;

CREATE TRIGGER customer_birthday_delete AFTER DELETE ON customer
BEGIN
    DELETE FROM customer_birthday WHERE customer_id = OLD.id;
END;
