-- Schema version 24: customer.tag_list (0015) in one order on every workstation (issue 13,
-- open defect 6 of the fault run). The insert trigger appended a new tag and the others
-- recounted in whatever order group_concat met the rows, so two workstations that received
-- the same tags in another order held different lists. Every trigger now derives the whole
-- list, ordered by tag id: the UNIQUE (customer_id, tag_id) index hands a customer's tags
-- over in that order, so a customer's few tags cost one short index range per write.
DROP TRIGGER customer_tag_list_insert;
DROP TRIGGER customer_tag_list_update;
DROP TRIGGER customer_tag_list_delete;
DROP TRIGGER customer_tag_list_customer_insert;

CREATE TRIGGER customer_tag_list_insert AFTER INSERT ON customer_tag
WHEN NEW.deleted = 0
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
                SELECT tag_id FROM customer_tag
                WHERE customer_id = NEW.customer_id AND deleted = 0 ORDER BY tag_id)), '')
    WHERE id = NEW.customer_id;
END;

CREATE TRIGGER customer_tag_list_update
AFTER UPDATE OF customer_id, tag_id, deleted ON customer_tag
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.tag_id IS NOT NEW.tag_id
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
                SELECT tag_id FROM customer_tag
                WHERE customer_id = OLD.customer_id AND deleted = 0 ORDER BY tag_id)), '')
    WHERE id = OLD.customer_id;
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
                SELECT tag_id FROM customer_tag
                WHERE customer_id = NEW.customer_id AND deleted = 0 ORDER BY tag_id)), '')
    WHERE id = NEW.customer_id AND NEW.customer_id IS NOT OLD.customer_id;
END;

CREATE TRIGGER customer_tag_list_delete AFTER DELETE ON customer_tag
WHEN OLD.deleted = 0
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
                SELECT tag_id FROM customer_tag
                WHERE customer_id = OLD.customer_id AND deleted = 0 ORDER BY tag_id)), '')
    WHERE id = OLD.customer_id;
END;

CREATE TRIGGER customer_tag_list_customer_insert AFTER INSERT ON customer
WHEN NEW.tag_list <> '' OR EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = NEW.id)
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
                SELECT tag_id FROM customer_tag
                WHERE customer_id = NEW.id AND deleted = 0 ORDER BY tag_id)), '')
    WHERE id = NEW.id;
END;

-- The lists already held, in the same order (customers without tags keep '').
UPDATE customer SET tag_list = coalesce((
        SELECT char(31) || group_concat(tag_id, char(31)) || char(31) FROM (
            SELECT tag_id FROM customer_tag
            WHERE customer_id = customer.id AND deleted = 0 ORDER BY tag_id)), '')
WHERE tag_list <> '' OR id IN (SELECT customer_id FROM customer_tag WHERE deleted = 0);
