package org.hardshipbinder.vault;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An original image read by ImageIO straight from its chunks in the vault, seeking as a TIFF's frames need, with no
 * copy on disk (ImageIO's own stream cache would write one to the temporary folder).
 */
public final class OriginalImageInput extends ImageInputStreamImpl {

    private static final int CHUNK = OriginalStore.chunkSize();

    private final ChunkCache cache;
    private final long originalId;
    private final long length;

    public OriginalImageInput(ChunkCache cache, long originalId, long length) {
        this.cache = cache;
        this.originalId = originalId;
        this.length = length;
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        if (streamPos >= length) {
            return -1;
        }
        byte[] chunk = cache.chunk(originalId, (int) (streamPos / CHUNK));
        return chunk[(int) (streamPos++ % CHUNK)] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkClosed();
        bitOffset = 0;
        if (len == 0) {
            return 0;
        }
        if (streamPos >= length) {
            return -1;
        }
        byte[] chunk = cache.chunk(originalId, (int) (streamPos / CHUNK));
        int inChunk = (int) (streamPos % CHUNK);
        int n = (int) Math.min(Math.min(len, chunk.length - inChunk), length - streamPos);
        System.arraycopy(chunk, inChunk, b, off, n);
        streamPos += n;
        return n;
    }

    @Override
    public long length() {
        return length;
    }
}
