-- Schema version 8: the customer's locality (district), apart from the address.
-- Segments and dashboards filter and group by where customers live; the address itself is
-- personal data (masked, and encrypted at rest), so it is never the column they read.
ALTER TABLE customer ADD COLUMN locality TEXT NOT NULL DEFAULT '';

-- Existing Shanghai addresses ("上海市浦东新区...") give their district.
UPDATE customer
   SET locality = substr(address, 4, instr(substr(address, 4), '区'))
 WHERE address LIKE '上海市%区%' AND locality = '';

CREATE INDEX customer_locality ON customer(branch_id, locality);
