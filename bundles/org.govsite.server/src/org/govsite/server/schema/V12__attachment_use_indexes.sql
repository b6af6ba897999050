-- GovSite platform server, schema version 12 (docs/server.md): what uses an attachment, looked up by its digest, so
-- that the sweep of unused attachments (POST /api/v1/attachments/sweep) reads indexes, not every article.
CREATE INDEX article_attachment_by_digest ON article_attachment (digest);
CREATE INDEX article_by_image ON article (image);
CREATE INDEX archive_snapshot_by_digest ON archive_snapshot (digest);
CREATE INDEX archive_asset_by_digest_only ON archive_asset (digest);
