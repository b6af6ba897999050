-- GovSite platform server, schema version 10 (docs/server.md, "Publishing"): when a site was archived (归档), Unix
-- seconds, set when its status becomes ARCHIVED and cleared when it leaves it; its published pages then show 已归档
-- with this time (DOMAIN.md "Sites"). Sites archived before this version have none: they show 已归档 without a time.
-- Portable SQL (H2 and PostgreSQL).
ALTER TABLE site ADD COLUMN archived_at BIGINT;
