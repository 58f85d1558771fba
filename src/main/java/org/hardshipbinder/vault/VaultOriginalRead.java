package org.hardshipbinder.vault;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * An original PDF read by PDFBox straight from its chunks in the vault. Streams parsed from it stay views on these
 * chunks, so the binder can reference an original's images instead of copying them, and their bytes are read once,
 * when the binder is saved.
 */
public final class VaultOriginalRead implements RandomAccessRead {

    private static final int CHUNK = OriginalStore.chunkSize();

    private final ChunkCache cache;
    private final long documentId;
    private final long length;
    private long position;
    private boolean closed;

    public VaultOriginalRead(ChunkCache cache, long documentId, long length) {
        this.cache = cache;
        this.documentId = documentId;
        this.length = length;
    }

    @Override
    public int read() throws IOException {
        checkOpen();
        if (position >= length) {
            return -1;
        }
        byte[] chunk = cache.chunk(documentId, (int) (position / CHUNK));
        return chunk[(int) (position++ % CHUNK)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkOpen();
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        byte[] chunk = cache.chunk(documentId, (int) (position / CHUNK));
        int inChunk = (int) (position % CHUNK);
        int n = (int) Math.min(Math.min(len, chunk.length - inChunk), length - position);
        if (n <= 0) {
            throw new IOException("the vault holds less of this original than its recorded size");
        }
        System.arraycopy(chunk, inChunk, b, off, n);
        position += n;
        return n;
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        checkOpen();
        if (newPosition < 0) {
            throw new IOException("Invalid position " + newPosition);
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() throws IOException {
        checkOpen();
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkOpen();
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("RandomAccessRead already closed");
        }
    }
}
