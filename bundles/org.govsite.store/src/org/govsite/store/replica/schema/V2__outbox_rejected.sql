-- Sync replica, schema version 2 (docs/sync.md, "Conflicts and rejections"): an outbox entry the server refused for
-- a reason of its own (invalid field, role, operator signature, ...) is REJECTED and keeps the server's error code
-- and message. V1's CHECK on state has no name of ours to drop, so the state moves to a new column with the wider
-- CHECK (the old CHECK goes with the old column) and takes the old name.
ALTER TABLE outbox ADD COLUMN entry_state VARCHAR(8) NOT NULL DEFAULT 'QUEUED'
    CHECK (entry_state IN ('QUEUED', 'CONFLICT', 'REJECTED'));
UPDATE outbox SET entry_state = state;
ALTER TABLE outbox DROP COLUMN state;
ALTER TABLE outbox ALTER COLUMN entry_state RENAME TO state;
ALTER TABLE outbox ALTER COLUMN state DROP DEFAULT;
ALTER TABLE outbox ADD COLUMN error_code VARCHAR(64);
ALTER TABLE outbox ADD COLUMN error_message VARCHAR
