-- test schema, version 2: one more script in the folder is the whole change (SchemaMigrationsTest)
CREATE TABLE note_tag (note_id INT NOT NULL REFERENCES note (id), tag VARCHAR(20) NOT NULL, PRIMARY KEY (note_id, tag));
INSERT INTO note_tag (note_id, tag) VALUES (1, 'v2');
