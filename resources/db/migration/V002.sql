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
CREATE INDEX page_text_language ON page_text(language);

-- Full-text index over page text (external content: the text is stored once, in page_text). Accents are folded
-- so "maria lopez" finds "María López"; no stemming, because an English stemmer mangles Spanish.
CREATE VIRTUAL TABLE page_text_fts USING fts5(
    text,
    content = 'page_text',
    content_rowid = 'page_id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER page_text_fts_insert AFTER INSERT ON page_text BEGIN
    INSERT INTO page_text_fts(rowid, text) VALUES (new.page_id, new.text);
END;

CREATE TRIGGER page_text_fts_delete AFTER DELETE ON page_text BEGIN
    INSERT INTO page_text_fts(page_text_fts, rowid, text) VALUES ('delete', old.page_id, old.text);
END;

CREATE TRIGGER page_text_fts_update AFTER UPDATE OF text ON page_text BEGIN
    INSERT INTO page_text_fts(page_text_fts, rowid, text) VALUES ('delete', old.page_id, old.text);
    INSERT INTO page_text_fts(rowid, text) VALUES (new.page_id, new.text);
END;
