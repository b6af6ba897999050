-- GovSite platform server, schema version 5 (docs/server.md, "Interaction records", "Statistics"): the records the
-- annual report counts. Portable SQL (H2 and PostgreSQL). Times are Unix seconds (UTC), dates ISO dates.
-- messages and consultations (留言)
CREATE TABLE message (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    title VARCHAR(500) NOT NULL,
    received_at BIGINT NOT NULL,
    answered_at BIGINT,
    closed_at BIGINT,
    public_answer BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX message_site_received ON message (site_id, received_at);
-- solicitations and surveys (征集调查)
CREATE TABLE solicitation (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    title VARCHAR(500) NOT NULL,
    start_on DATE NOT NULL,
    end_on DATE NOT NULL,
    opinions INT NOT NULL,
    result_published_at BIGINT,
    version BIGINT NOT NULL
);
CREATE INDEX solicitation_site_start ON solicitation (site_id, start_on);
-- online interviews (在线访谈)
CREATE TABLE interview (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    title VARCHAR(500) NOT NULL,
    held_at BIGINT NOT NULL,
    questions INT NOT NULL,
    answers INT NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX interview_site_held ON interview (site_id, held_at);
-- government service items (政务服务事项) and the cases handled per item and year
CREATE TABLE service_item (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id),
    name VARCHAR(500) NOT NULL,
    online BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);
CREATE INDEX service_item_site ON service_item (site_id);
CREATE TABLE service_cases (
    item_id VARCHAR(64) NOT NULL REFERENCES service_item (id) ON DELETE CASCADE,
    case_year INT NOT NULL,
    persons BIGINT NOT NULL,
    legal_entities BIGINT NOT NULL,
    PRIMARY KEY (item_id, case_year)
);
-- the day a topic was created on the platform (Asia/Shanghai), set by the server; NULL for topics created before
-- version 5
ALTER TABLE topic ADD COLUMN opened_on DATE;
-- articles by publication time, for the statistics' year ranges
CREATE INDEX article_published ON article (published_at);
-- what the annual report counts an article as (interpretation material or product, media comment, hotspot
-- response); NULL for other articles
ALTER TABLE article ADD COLUMN kind VARCHAR(32);
