-- Foundation schema: cases, people, documents with their original bytes in chunks, pages, audit log.
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    applicant   TEXT NOT NULL,
    title       TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE people (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    role      TEXT NOT NULL,
    relation  TEXT,
    status    TEXT,
    born      TEXT
);
CREATE INDEX people_case ON people(case_id);

CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    file_name        TEXT NOT NULL,
    media_type       TEXT NOT NULL,
    page_count       INTEGER NOT NULL,
    size_bytes       INTEGER NOT NULL,
    sha256           TEXT NOT NULL,
    status           TEXT NOT NULL,
    status_reason    TEXT,
    imported_at      TEXT NOT NULL,
    open_password    TEXT,
    title            TEXT,
    evidence_type    TEXT,
    doc_date         TEXT,
    date_approximate INTEGER NOT NULL DEFAULT 0,
    source_kind      TEXT,
    author           TEXT,
    language         TEXT,
    translation_of   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    UNIQUE (case_id, sha256)
);
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE original_chunks (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE pages (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    width_pt      REAL NOT NULL,
    height_pt     REAL NOT NULL,
    rotation      INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL,
    status_reason TEXT,
    UNIQUE (document_id, number)
);
CREATE INDEX pages_status ON pages(status);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id INTEGER,
    detail    TEXT
);
