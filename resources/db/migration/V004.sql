-- Binder plan: per case, sections in order, exhibits in order (a document, or a written statement that a record
-- is unavailable), each included or not; and the settings the binder is printed with. Stored so that the same
-- plan rebuilds the same binder later.
CREATE TABLE binder_settings (
    case_id      INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    label_scheme TEXT NOT NULL DEFAULT 'LETTERS',
    bates_prefix TEXT,
    preparer     TEXT,
    max_mb       INTEGER
);

CREATE TABLE binder_sections (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    position INTEGER NOT NULL,
    UNIQUE (case_id, code)
);

CREATE TABLE binder_exhibits (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES binder_sections(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    title       TEXT,
    statement   TEXT,
    included    INTEGER NOT NULL DEFAULT 1,
    CHECK (document_id IS NOT NULL OR statement IS NOT NULL)
);
CREATE INDEX binder_exhibits_section ON binder_exhibits(section_id, position);
CREATE UNIQUE INDEX binder_exhibits_document ON binder_exhibits(document_id) WHERE document_id IS NOT NULL;
