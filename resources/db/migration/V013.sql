-- Original chunks move from a WITHOUT ROWID table to an ordinary (rowid) table with the same columns and key. In a
-- WITHOUT ROWID table the 1 MiB chunk is part of the key's record, and SQLite reads a record's whole payload, overflow
-- pages included, to compare keys while it searches the tree: every chunk read or written made it read several other
-- chunks entirely. Here the key (original_id, seq) lives in its own small index and the chunk is read only when asked
-- for. Each chunk is copied once; the space the old table held is reused by later imports (or given back by compacting).
CREATE TABLE original_chunks_v12 (
    original_id INTEGER NOT NULL REFERENCES originals(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (original_id, seq)
);
INSERT INTO original_chunks_v12(original_id, seq, data) SELECT original_id, seq, data FROM original_chunks;
DROP TABLE original_chunks;
ALTER TABLE original_chunks_v12 RENAME TO original_chunks;
