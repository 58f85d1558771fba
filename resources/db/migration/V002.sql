-- Page text: from a PDF's own text layer or from OCR, with language, confidence and word boxes.
CREATE TABLE page_text (
    page_id    INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    origin     TEXT NOT NULL,
    engine     TEXT,
    language   TEXT,
    confidence REAL,
    words      TEXT
);
