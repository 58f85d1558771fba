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


-- Factors the user adds to one case, beside the catalog's (keywords: comma-separated, for suggestions).
CREATE TABLE case_factors (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code        TEXT NOT NULL,
    label       TEXT NOT NULL,
    description TEXT,
    keywords    TEXT,
    created_at  TEXT NOT NULL,
    UNIQUE (case_id, code)
);

-- Factors the case claims for a qualifying relative (null: the case as a whole) under a scenario, with or without
-- evidence yet: coverage shows a claimed factor without documents as a gap.
CREATE TABLE claimed_factors (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES people(id) ON DELETE CASCADE,
    factor     TEXT NOT NULL,
    scenario   TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX claimed_factors_unique ON claimed_factors(case_id, ifnull(person_id, 0), factor, scenario);

-- The people a document concerns.
CREATE TABLE document_people (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    origin      TEXT NOT NULL,
    PRIMARY KEY (document_id, person_id)
) WITHOUT ROWID;

-- "Particularly significant" circumstances a document shows (catalog codes, e.g. travel_advisory_3_4).
CREATE TABLE document_circumstances (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    circumstance TEXT NOT NULL,
    origin       TEXT NOT NULL,
    PRIMARY KEY (document_id, circumstance)
) WITHOUT ROWID;

-- The user's answer to each suggestion; a rejected suggestion is never offered again.
CREATE TABLE suggestion_decisions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    person_id   INTEGER REFERENCES people(id) ON DELETE CASCADE,
    decision    TEXT NOT NULL,
    decided_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX suggestion_decisions_unique ON suggestion_decisions(document_id, kind, value, ifnull(person_id, 0));
