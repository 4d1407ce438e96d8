-- Which branch keeps each customer (issue #7, moving a customer): only the customer's own
-- branch may move them, and the copies of their rows go to the new branch's log. Filled by
-- import-branch, by a branch's first push of a new customer, and by each move, which
-- remembers the branch the customer came from (so a move sent again is not refused).
-- The same table as PostgreSQL 0005.
CREATE TABLE customer_home (
    customer_id        text PRIMARY KEY,
    branch_id          text NOT NULL REFERENCES branch(id),
    previous_branch_id text REFERENCES branch(id)
);
