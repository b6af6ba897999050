-- GovSite platform server, schema version 4 (docs/server.md, "Schema"). Portable SQL (H2 and PostgreSQL).
-- Every signed request inserts one request_nonce row; the index on remember_until made each insert write a second
-- B-tree in its commit, for a purge that runs at most every 10 s per instance (Nonces.PURGE_INTERVAL_SECONDS). The
-- purge now scans the table instead: it holds only the nonces of the replay window.
DROP INDEX request_nonce_expiry;
