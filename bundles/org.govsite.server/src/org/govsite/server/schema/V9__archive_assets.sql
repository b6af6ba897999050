-- GovSite platform server, schema version 9 (docs/server.md, "Archived snapshots"): the images, style sheets and fonts
-- an archived snapshot shows, stored as attachments and served on the snapshot's old host at
-- /govsite-archive/files/<digest>.<ext> while a snapshot of that host names them. Portable SQL (H2 and PostgreSQL).
CREATE TABLE archive_asset (
    host VARCHAR(253) NOT NULL,
    old_path VARCHAR(2000) NOT NULL,
    digest CHAR(64) NOT NULL REFERENCES attachment (digest),
    PRIMARY KEY (host, old_path, digest),
    FOREIGN KEY (host, old_path) REFERENCES archive_snapshot (host, old_path) ON DELETE CASCADE
);

CREATE INDEX archive_asset_by_digest ON archive_asset (host, digest);
