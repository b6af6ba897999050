-- GovSite platform server, schema version 2 (docs/server.md): sites, columns, topics, the change feed and the
-- idempotency keys of writes. Portable SQL (H2 and PostgreSQL). Dates are ISO dates, times Unix seconds.
CREATE TABLE site (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    site_level VARCHAR(32) NOT NULL,
    host_id VARCHAR(64) NOT NULL REFERENCES organisation (id),
    main_domain VARCHAR(253),
    id_code VARCHAR(32),
    icp_record VARCHAR(100),
    security_record VARCHAR(100),
    status VARCHAR(32) NOT NULL,
    opened_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX site_host ON site (host_id);
-- the alias domains of a site, in their order
CREATE TABLE site_alias (
    site_id VARCHAR(64) NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    position INT NOT NULL,
    domain VARCHAR(253) NOT NULL,
    PRIMARY KEY (site_id, position)
);
-- columns (栏目) nest through parent_id (NULL: top level); path segments are unique among siblings (checked by the
-- server while it holds the site row's lock: a NULL parent defeats a unique constraint)
CREATE TABLE site_column (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    parent_id VARCHAR(64),
    name VARCHAR(200) NOT NULL,
    path_segment VARCHAR(64) NOT NULL,
    category VARCHAR(32) NOT NULL,
    description VARCHAR(2000),
    keywords VARCHAR(500),
    update_period_days INT NOT NULL,
    position INT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX site_column_site ON site_column (site_id, parent_id);
CREATE TABLE topic (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    name VARCHAR(200) NOT NULL,
    path_segment VARCHAR(64) NOT NULL,
    on_home_page BOOLEAN NOT NULL,
    archived BOOLEAN NOT NULL,
    archived_on DATE,
    version BIGINT NOT NULL
);
CREATE INDEX topic_site ON topic (site_id);
-- the change feed: one row per committed change; data is the entity's JSON (NULL for deletes)
CREATE TABLE change_feed (
    seq BIGINT NOT NULL PRIMARY KEY,
    entity VARCHAR(32) NOT NULL,
    entity_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    op VARCHAR(8) NOT NULL,
    data VARCHAR
);
-- the last seq, one row: recording a change updates it first, so concurrent writers (also from other instances)
-- queue on its row lock and seq follows commit order
CREATE TABLE change_feed_head (
    id INT NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL
);
INSERT INTO change_feed_head (id, seq) VALUES (1, 0);
-- the answer to a write sent with X-GovSite-Idempotency-Key, stored in the transaction of the write
CREATE TABLE idempotency (
    operator VARCHAR(64) NOT NULL,
    idem_key VARCHAR(128) NOT NULL,
    request_sm3 CHAR(64) NOT NULL,
    status INT NOT NULL,
    body VARCHAR NOT NULL,
    etag VARCHAR(40),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (operator, idem_key)
);
CREATE INDEX idempotency_created ON idempotency (created_at);
