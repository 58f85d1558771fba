-- Files refused at import because the case already holds the same bytes: remembered so the duplicate check can tell
-- the user the file was brought in twice (and the finding can be dismissed like any other).
CREATE TABLE refused_duplicates (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    refused_at  TEXT NOT NULL,
    UNIQUE (case_id, file_name, document_id)
);
