-- GovSite platform server, schema version 11 (docs/server.md): every domain of a site (its main domain and its
-- aliases, lower-cased) claimed in one table whose primary key lets only one site hold a domain, also when two
-- instances write at the same moment (the check before the insert alone let both commit). A database written before
-- this version keeps, for a domain two sites already show, the claim of the site with the smaller id.
CREATE TABLE site_domain (
    domain VARCHAR(253) NOT NULL PRIMARY KEY,
    site_id VARCHAR(64) NOT NULL REFERENCES site (id) ON DELETE CASCADE
);
CREATE INDEX site_domain_site ON site_domain (site_id);
INSERT INTO site_domain (domain, site_id)
SELECT domain, MIN(site_id) FROM (
    SELECT LOWER(main_domain) AS domain, id AS site_id FROM site WHERE main_domain IS NOT NULL
    UNION ALL
    SELECT LOWER(domain), site_id FROM site_alias
) claims GROUP BY domain;
