-- GovSite platform server, schema version 8 (docs/server.md, "Migration notices" and "Archived snapshots"): what a
-- migration leaves besides the redirect table. Portable SQL (H2 and PostgreSQL).

-- The migration notice of an old host (lower case, no port): shown on the old host's home page instead of its
-- redirect from starts_at (Unix seconds) until ends_at (at least 30 days later), and on the superior portal.
CREATE TABLE migration_notice (
    host VARCHAR(253) PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL,
    superior_site_id VARCHAR(64) NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The archived snapshot of an old page: per old host and old path with query, the SM3 digest of its HTML (stored
-- once per digest with the library's attachments), the archive time and the address key (SM3 of the old path,
-- served as /govsite-archive/<address_key>.html on the old host).
CREATE TABLE archive_snapshot (
    host VARCHAR(253) NOT NULL,
    old_path VARCHAR(2000) NOT NULL,
    address_key CHAR(64) NOT NULL,
    digest CHAR(64) NOT NULL REFERENCES attachment (digest),
    archived_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (host, old_path),
    UNIQUE (host, address_key)
);
