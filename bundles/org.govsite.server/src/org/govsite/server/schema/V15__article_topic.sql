-- GovSite platform server, schema version 15 (docs/server.md): the topics (专题) an article appears in, as its columns,
-- in order; like a column, a deleted topic leaves its links (and the article) in the library.
CREATE TABLE article_topic (
    article_id VARCHAR(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position INT NOT NULL,
    topic_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX article_topic_by_topic ON article_topic (topic_id, article_id);
