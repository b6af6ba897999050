-- GovSite platform server, schema version 7 (docs/server.md, "Redirects"): the redirect table of migrated legacy
-- sites. Per old host name (lower case, no port) and old path with query (as requested, e.g. /xxgk/art_1.html?a=1):
-- 301 with the new address, or 410 with the archive link. Portable SQL (H2 and PostgreSQL).
CREATE TABLE redirect_entry (
    host VARCHAR(253) NOT NULL,
    old_path VARCHAR(2000) NOT NULL,
    status INT NOT NULL,
    target VARCHAR(2000) NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (host, old_path)
);
