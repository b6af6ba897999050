-- test schema, version 1 (SchemaMigrationsTest)
CREATE TABLE note (id INT NOT NULL PRIMARY KEY, text VARCHAR(100) NOT NULL);
INSERT INTO note (id, text) VALUES (1, 'from V1');
