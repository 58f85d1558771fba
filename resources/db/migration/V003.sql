-- Hardship-factor tags: document × factor × qualifying relative × scenario.
CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    factor      TEXT NOT NULL,
    person_id   INTEGER REFERENCES people(id) ON DELETE CASCADE,
    scenario    TEXT NOT NULL,
    origin      TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX tags_unique ON tags(document_id, factor, ifnull(person_id, 0), scenario);
CREATE INDEX tags_factor ON tags(factor);
