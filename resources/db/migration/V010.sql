-- Merge and split suggestions the user rejected, by their key ("merge:12,13", "split:20:1-2,3-3"), so none is offered
-- twice. The key names the documents as they were: once they change, the suggestion and its key change too.
CREATE TABLE grouping_decisions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    decision   TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    UNIQUE (case_id, key)
);
