-- GovSite platform server, schema version 16 (docs/server.md): a site's channels (频道), its navigation, each the
-- columns of the same site it shows, in order. Path segments are unique among the site's channels (checked by the
-- server while it holds the site row's lock); deleting a column first drops it from the channels listing it.
-- Portable SQL (H2 and PostgreSQL).
CREATE TABLE channel (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    name VARCHAR(200) NOT NULL,
    path_segment VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX channel_site ON channel (site_id);
-- the columns of a channel, in their order
CREATE TABLE channel_column (
    channel_id VARCHAR(64) NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
    position INT NOT NULL,
    column_id VARCHAR(64) NOT NULL REFERENCES site_column (id),
    PRIMARY KEY (channel_id, position)
);
CREATE INDEX channel_column_by_column ON channel_column (column_id, channel_id);
