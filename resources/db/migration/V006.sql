-- A language the user chose for a document is theirs: OCR's later guesses must not replace it.
ALTER TABLE documents ADD COLUMN language_confirmed INTEGER NOT NULL DEFAULT 0;
