-- Documents are made of pages, pages come from originals. An original file is stored once, never changed, and keyed
-- by its own id; a document is an ordered list of page references (original + page number in it), each page with
-- its own quarter-turn and crop. Existing documents keep their ids and their pages keep theirs (page text, word boxes
-- and the search index are keyed by page id); each becomes one original with the same id as its document.
-- Runs with foreign keys off (the vault switches them off around migrations and checks them before committing), so
-- tables can be rebuilt without their dependants being cascaded away. AUTOINCREMENT: an id taken back from the
-- trash or by undo must never have been handed to something else meanwhile.
CREATE TABLE originals (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL,
    media_type    TEXT NOT NULL,
    page_count    INTEGER NOT NULL,
    size_bytes    INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    open_password TEXT,
    UNIQUE (case_id, sha256)
);
INSERT INTO originals(id, case_id, file_name, media_type, page_count, size_bytes, sha256, imported_at, open_password)
    SELECT id, case_id, file_name, media_type, page_count, size_bytes, sha256, imported_at, open_password FROM documents;

CREATE TABLE original_chunks_v7 (
    original_id INTEGER NOT NULL REFERENCES originals(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (original_id, seq)
) WITHOUT ROWID;
INSERT INTO original_chunks_v7(original_id, seq, data) SELECT document_id, seq, data FROM original_chunks;
DROP TABLE original_chunks;
ALTER TABLE original_chunks_v7 RENAME TO original_chunks;

CREATE TABLE documents_v7 (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id            INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    imported_from      INTEGER REFERENCES originals(id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    status             TEXT NOT NULL,
    status_reason      TEXT,
    title              TEXT,
    evidence_type      TEXT,
    doc_date           TEXT,
    date_approximate   INTEGER NOT NULL DEFAULT 0,
    source_kind        TEXT,
    author             TEXT,
    language           TEXT,
    translation_of     INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    language_confirmed INTEGER NOT NULL DEFAULT 0
);
INSERT INTO documents_v7(id, case_id, imported_from, created_at, status, status_reason, title, evidence_type, doc_date,
                         date_approximate, source_kind, author, language, translation_of, language_confirmed)
    SELECT id, case_id, id, imported_at, status, status_reason, title, evidence_type, doc_date, date_approximate,
           source_kind, author, language, translation_of, language_confirmed FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v7 RENAME TO documents;
CREATE INDEX documents_case ON documents(case_id);

-- "number" is the page's position in its document (1, 2, …); original_page its page number in the original file.
-- rotation: the clockwise turn the original itself asks for (PDF /Rotate, EXIF). turn: the user's own extra
-- clockwise turn, NULL until they turn the page (once set it wins over any detected orientation).
-- crop: NULL, or "left,top,right,bottom" as fractions of the upright page.
CREATE TABLE pages_v7 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    original_id   INTEGER NOT NULL REFERENCES originals(id),
    original_page INTEGER NOT NULL,
    width_pt      REAL NOT NULL,
    height_pt     REAL NOT NULL,
    rotation      INTEGER NOT NULL DEFAULT 0,
    turn          INTEGER,
    crop          TEXT,
    status        TEXT NOT NULL,
    status_reason TEXT,
    UNIQUE (document_id, number)
);
INSERT INTO pages_v7(id, document_id, number, original_id, original_page, width_pt, height_pt, rotation, status, status_reason)
    SELECT id, document_id, number, document_id, number, width_pt, height_pt, rotation, status, status_reason FROM pages;
DROP TABLE pages;
ALTER TABLE pages_v7 RENAME TO pages;
CREATE INDEX pages_status ON pages(status);
CREATE INDEX pages_original ON pages(original_id);

-- The case's trash: what the user deleted (a document, a page, a person), kept as a copy of its rows and of every row
-- that depended on them (JSON), so it can be put back; emptying the trash drops these and the originals no page
-- uses any more. item_id is the id the thing had; document_id and page_number where a page was;
-- label the document's title or the person's name as it was.
CREATE TABLE trash (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    item_id     INTEGER NOT NULL,
    document_id INTEGER,
    page_number INTEGER,
    label       TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    snapshot    TEXT NOT NULL
);
CREATE INDEX trash_case ON trash(case_id);

-- An archived case leaves the start list and stays in the vault.
ALTER TABLE cases ADD COLUMN archived_at TEXT;
