-- Moving a customer to another branch (issue #7): the moving workstation records full
-- copies of the customer's rows for the new branch. The outbox says where such a change
-- goes and whose rows it carries; both are NULL for every ordinary change.
ALTER TABLE sync_outbox ADD COLUMN to_branch TEXT;
ALTER TABLE sync_outbox ADD COLUMN transfer_customer_id TEXT;
