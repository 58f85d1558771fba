-- Checks: findings the user dismissed, with their reason. "subject" names what the finding is about (its documents
-- and people); "fingerprint" is a hash of that evidence (file checksums, metadata, page text, the finding's details),
-- so a dismissed finding comes back by itself when the evidence it rests on changes.
CREATE TABLE dismissed_findings (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    reason       TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    UNIQUE (case_id, code, subject)
);
