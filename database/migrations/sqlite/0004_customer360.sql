-- Schema version 4: what the customer 360 reads per customer.
-- The open care steps of one customer (the "90-day care step due" alert): care_task was
-- indexed by staff only, so opening a 360 scanned every care task of the branch.
CREATE INDEX care_task_customer ON care_task(customer_id, status, due_on);
