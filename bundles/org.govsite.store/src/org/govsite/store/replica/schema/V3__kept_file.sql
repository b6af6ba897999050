-- Sync replica, schema version 3 (docs/sync.md, "Files"): the files queued edits refer to by SM3 digest (an article's
-- image and attachments chosen in the workbench), kept until no outbox entry names them; a push stores each on the
-- server before the entry that names it.
CREATE TABLE kept_file (
    digest VARCHAR(64) PRIMARY KEY,
    content_type VARCHAR(200) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    bytes BLOB NOT NULL
);
