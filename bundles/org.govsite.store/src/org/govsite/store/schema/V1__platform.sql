-- GovSite offline store, schema version 1: one row per model object, keyed by (platform_id, id).
-- Every object row carries row_version (incremented when the row's content changes) and row_hash
-- (SHA-256 of the stored values, used to find changed rows on save); later versions add a change
-- feed cursor and an outbox on top of these columns.
CREATE TABLE platform (
    id              VARCHAR(255) NOT NULL PRIMARY KEY,
    name            VARCHAR,
    division_code   VARCHAR(32),
    level           VARCHAR(32) NOT NULL,
    site_count      INT NOT NULL,
    saved_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    row_version     BIGINT NOT NULL
);

CREATE TABLE organisation (
    platform_id     VARCHAR(255) NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    id              VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    name            VARCHAR,
    kind            VARCHAR(32) NOT NULL,
    division_code   VARCHAR(32),
    short_name      VARCHAR(255),
    superior_id     VARCHAR(255),
    row_version     BIGINT NOT NULL,
    row_hash        VARBINARY(32) NOT NULL,
    PRIMARY KEY (platform_id, id)
);

CREATE TABLE site (
    platform_id     VARCHAR(255) NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    id              VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    name            VARCHAR,
    kind            VARCHAR(32) NOT NULL,
    level           VARCHAR(32) NOT NULL,
    main_domain     VARCHAR(255),
    id_code         VARCHAR(32),
    icp_record      VARCHAR(255),
    security_record VARCHAR(255),
    host_id         VARCHAR(255),
    host_position   INT,
    operator_id     VARCHAR(255),
    status          VARCHAR(32) NOT NULL,
    opened_on       TIMESTAMP(3) WITH TIME ZONE,
    status_since    TIMESTAMP(3) WITH TIME ZONE,
    status_until    TIMESTAMP(3) WITH TIME ZONE,
    main_colour     VARCHAR(64),
    row_version     BIGINT NOT NULL,
    row_hash        VARBINARY(32) NOT NULL,
    PRIMARY KEY (platform_id, id)
);

-- Site.aliases, in order; rewritten with their site row.
CREATE TABLE site_alias (
    platform_id     VARCHAR(255) NOT NULL,
    site_id         VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    alias           VARCHAR(255),
    PRIMARY KEY (platform_id, site_id, position),
    FOREIGN KEY (platform_id, site_id) REFERENCES site (platform_id, id) ON DELETE CASCADE
);

-- Columns of all sites; parent_id is NULL for a site's top-level columns; position orders siblings.
CREATE TABLE site_column (
    platform_id     VARCHAR(255) NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    id              VARCHAR(255) NOT NULL,
    site_id         VARCHAR(255) NOT NULL,
    parent_id       VARCHAR(255),
    position        INT NOT NULL,
    name            VARCHAR,
    path_segment    VARCHAR(255),
    category        VARCHAR(32) NOT NULL,
    description     VARCHAR,
    keywords        VARCHAR,
    update_period_days INT NOT NULL,
    row_version     BIGINT NOT NULL,
    row_hash        VARBINARY(32) NOT NULL,
    PRIMARY KEY (platform_id, id)
);

CREATE TABLE topic (
    platform_id     VARCHAR(255) NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    id              VARCHAR(255) NOT NULL,
    site_id         VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    name            VARCHAR,
    path_segment    VARCHAR(255),
    on_home_page    BOOLEAN NOT NULL,
    archived        BOOLEAN NOT NULL,
    archived_on     TIMESTAMP(3) WITH TIME ZONE,
    row_version     BIGINT NOT NULL,
    row_hash        VARBINARY(32) NOT NULL,
    PRIMARY KEY (platform_id, id)
);

CREATE TABLE channel (
    platform_id     VARCHAR(255) NOT NULL REFERENCES platform (id) ON DELETE CASCADE,
    id              VARCHAR(255) NOT NULL,
    site_id         VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    name            VARCHAR,
    path_segment    VARCHAR(255),
    row_version     BIGINT NOT NULL,
    row_hash        VARBINARY(32) NOT NULL,
    PRIMARY KEY (platform_id, id)
);

-- Channel.columns, in order; rewritten with their channel row.
CREATE TABLE channel_column (
    platform_id     VARCHAR(255) NOT NULL,
    channel_id      VARCHAR(255) NOT NULL,
    position        INT NOT NULL,
    column_id       VARCHAR(255) NOT NULL,
    PRIMARY KEY (platform_id, channel_id, position),
    FOREIGN KEY (platform_id, channel_id) REFERENCES channel (platform_id, id) ON DELETE CASCADE
);
