-- Schema version 44: the care plan and the wealth manager's money arriving read a maturity
-- window through an index alone (issue #15 item 20). holding_maturity held the date only, so
-- each of the window's holdings of the branch (25,000 in 14 days at 1,000,000 customers) was
-- read as a row for its status, family and customer before one book's few hundred were kept:
-- 0.97-1.31 s of a wealth manager's first plan of a day. Now the index carries what the
-- reads filter on; a holding row is read only for a maturity of the book (its product and
-- amount). Same name: CallQueries::maturities and WealthManagerDeskQueries::moneyArriving
-- name it (INDEXED BY); tst_call_lists checks their query plans.
DROP INDEX IF EXISTS holding_maturity;
CREATE INDEX holding_maturity
    ON holding(maturity_date, status, deleted, product_family, customer_id)
    WHERE maturity_date IS NOT NULL;

-- The expected fund arrivals of money arriving, the same way (18,000 in 14 days at 1M).
DROP INDEX IF EXISTS fund_arrival_date;
CREATE INDEX fund_arrival_date ON fund_arrival(expected_on, status, deleted, customer_id);

-- The care plan's birthdays of a window through an index, not a walk of the book (0.57-0.80
-- s of the first plan of a day for a 43,756-customer book at 1M). The month and day stay
-- unreadable in the file (SECURITY.md §3): an entry of customer_birthday (0034) now also
-- carries day_token, a keyed BLAKE2b token under a key derived from the reveal secret key
-- (FieldKeys::revealToken) of the month-day and one of 64 buckets of the customer id, so
-- BirthdayBook looks up the window's 8 days x 64 tokens. Equal tokens tell that two
-- customers share a birthday and a bucket (365 x 64 groups, about 43 customers each at 1M;
-- 29 February shares 28 February's token, a group of its own being a quarter the size), not
-- which day: BirthdayBook's comment and SECURITY.md say what that leaves.
--
-- A customer written since its entry was kept has no token: the triggers below leave a
-- pending entry (month_day empty, day_token NULL) naming the customer's book (branch_id,
-- manager_id), which the next plan of that book opens the slow way (customer_birthday_to_open).
-- A book whose every customer has had its entry tokened under the current reveal key has a
-- book row, customer_id '#book:<branch>:<manager>' with that key's token in month_day: without
-- it (a book's first plan since 0044, a new reveal key, the table emptied by a snapshot)
-- BirthdayBook walks the whole book once, as before. Desk-local like the rest of the table.
ALTER TABLE customer_birthday ADD COLUMN day_token TEXT;
ALTER TABLE customer_birthday ADD COLUMN branch_id TEXT;
ALTER TABLE customer_birthday ADD COLUMN manager_id TEXT;
CREATE INDEX customer_birthday_day ON customer_birthday(day_token) WHERE day_token IS NOT NULL;
CREATE INDEX customer_birthday_to_open ON customer_birthday(branch_id, manager_id)
    WHERE day_token IS NULL;

DROP TRIGGER customer_birthday_insert;
CREATE TRIGGER customer_birthday_insert AFTER INSERT ON customer
BEGIN
    DELETE FROM customer_birthday WHERE customer_id = NEW.id;
    INSERT INTO customer_birthday(customer_id, month_day, branch_id, manager_id)
    VALUES (NEW.id, X'', NEW.branch_id, COALESCE(NEW.manager_id, ''));
END;

DROP TRIGGER customer_birthday_update;
CREATE TRIGGER customer_birthday_update AFTER UPDATE OF id, birth_date ON customer
BEGIN
    DELETE FROM customer_birthday WHERE customer_id IN (OLD.id, NEW.id);
    INSERT INTO customer_birthday(customer_id, month_day, branch_id, manager_id)
    VALUES (NEW.id, X'', NEW.branch_id, COALESCE(NEW.manager_id, ''));
END;

-- A customer moved to another book (or back from deleted) whose entry has no token is to be
-- opened by the plan of the book it is in now: a customer of a book never planned since 0044
-- has no entry at all, and one reassigned to a planned book would be missed by its lookups.
CREATE TRIGGER customer_birthday_moved AFTER UPDATE OF branch_id, manager_id, deleted ON customer
BEGIN
    INSERT INTO customer_birthday(customer_id, month_day, branch_id, manager_id)
    VALUES (NEW.id, X'', NEW.branch_id, COALESCE(NEW.manager_id, ''))
    ON CONFLICT(customer_id) DO UPDATE SET branch_id = excluded.branch_id,
                                           manager_id = excluded.manager_id
    WHERE day_token IS NULL;
END;
