-- GovSite platform server, schema version 3: the unified resource library and publishing (docs/server.md,
-- "Resource library", "Publishing"). Portable SQL (H2 and PostgreSQL). Times are Unix seconds (UTC).
-- published_at is the Guide's page-tag time "YYYY-MM-DD HH:MM" (Asia/Shanghai): as text it sorts in time order.
CREATE TABLE article (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    title VARCHAR(500) NOT NULL,
    subtitle VARCHAR(500),
    published_at CHAR(16) NOT NULL,
    source VARCHAR(200) NOT NULL,
    author VARCHAR(100),
    keywords VARCHAR(500),
    description VARCHAR(2000),
    image CHAR(64),
    body VARCHAR(1000000) NOT NULL,
    version BIGINT NOT NULL
);
-- the columns an article appears in, across sites; position 0 is its home column
CREATE TABLE article_column (
    article_id VARCHAR(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position INT NOT NULL,
    column_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_column_by_column ON article_column (column_id, article_id);
CREATE TABLE attachment (
    digest CHAR(64) NOT NULL PRIMARY KEY,
    content_type VARCHAR(200) NOT NULL,
    size BIGINT NOT NULL,
    stored_at BIGINT NOT NULL
);
CREATE TABLE article_attachment (
    article_id VARCHAR(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position INT NOT NULL,
    digest CHAR(64) NOT NULL REFERENCES attachment (digest),
    PRIMARY KEY (article_id, position)
);
-- the generation of each site's static pages now served (and the one before, kept for requests still reading it),
-- and the host names that serve them
CREATE TABLE published_site (
    site_id VARCHAR(64) NOT NULL PRIMARY KEY,
    generation VARCHAR(64) NOT NULL,
    previous_generation VARCHAR(64),
    published_at BIGINT NOT NULL,
    pages INT NOT NULL
);
CREATE TABLE published_host (
    host VARCHAR(253) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES published_site (site_id) ON DELETE CASCADE
);
