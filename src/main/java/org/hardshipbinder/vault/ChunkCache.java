package org.hardshipbinder.vault;

import java.io.IOException;

/**
 * The most recently read chunks of originals, shared by every original a volume keeps open, so memory stays at
 * {@link #CAPACITY} chunks whatever the number of originals. Sixteen hold a typical original whole while it is parsed
 * (PDFBox checks every object's offset, touching every chunk), so each chunk is read about twice per binder: once to
 * parse, once to save. A volume is written by one thread and a short least-recently-used list is enough.
 */
public final class ChunkCache {

    static final int CAPACITY = 16;

    private final OriginalStore originals;
    private final long[] documents = new long[CAPACITY];
    private final int[] seqs = new int[CAPACITY];
    private final byte[][] chunks = new byte[CAPACITY][];
    private final long[] lastUse = new long[CAPACITY];
    private long clock;

    public ChunkCache(OriginalStore originals) {
        this.originals = originals;
    }

    /** Chunk {@code seq} of a document's original; an IOException when the vault has no such chunk. */
    public byte[] chunk(long documentId, int seq) throws IOException {
        int oldest = 0;
        for (int i = 0; i < CAPACITY; i++) {
            if (chunks[i] != null && documents[i] == documentId && seqs[i] == seq) {
                lastUse[i] = ++clock;
                return chunks[i];
            }
            if (lastUse[i] < lastUse[oldest]) {
                oldest = i;
            }
        }
        byte[] chunk = originals.chunk(documentId, seq).orElseThrow(
                () -> new IOException("the vault holds only part of this original (chunk " + seq + " missing)"));
        documents[oldest] = documentId;
        seqs[oldest] = seq;
        chunks[oldest] = chunk;
        lastUse[oldest] = ++clock;
        return chunk;
    }
}
