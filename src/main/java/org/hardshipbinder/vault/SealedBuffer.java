package org.hardshipbinder.vault;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * One PDFBox buffer of a {@link SealedStreamCache}: a list of blocks, each in memory or sealed in the cache's file.
 * The block under the position is held open in {@link #work} and sealed again only when it was written and the
 * position leaves it, so sequential writing and reading seal and open each block once.
 */
final class SealedBuffer implements RandomAccess {

    private static final int BLOCK = SealedStreamCache.BLOCK;

    /** A block: its bytes when in memory, else its slot in the cache's file. */
    private static final class Block {
        final byte[] memory;
        final long slot;

        Block(byte[] memory, long slot) {
            this.memory = memory;
            this.slot = slot;
        }
    }

    private final SealedStreamCache cache;
    private final List<Block> blocks = new ArrayList<>();
    private final byte[] work = new byte[BLOCK];
    private int openIndex = -1;
    private boolean openDirty;
    private long length;
    private long position;
    private boolean closed;

    SealedBuffer(SealedStreamCache cache) {
        this.cache = cache;
    }

    /** The bytes of block {@code index}, made when it is the next one; a sealed block is opened into {@link #work}. */
    private byte[] block(int index) throws IOException {
        if (index == blocks.size()) {
            byte[] memory = cache.memoryBlock();
            blocks.add(new Block(memory, memory == null ? cache.takeSlot() : -1));
            if (memory == null) {
                leaveOpenBlock();
                java.util.Arrays.fill(work, (byte) 0);
                openIndex = index;
                openDirty = true;
                return work;
            }
        }
        Block block = blocks.get(index);
        if (block.memory != null) {
            return block.memory;
        }
        if (openIndex != index) {
            leaveOpenBlock();
            cache.load(block.slot, work);
            openIndex = index;
        }
        return work;
    }

    private void leaveOpenBlock() throws IOException {
        if (openIndex >= 0 && openDirty) {
            cache.store(blocks.get(openIndex).slot, work);
        }
        openIndex = -1;
        openDirty = false;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkOpen();
        while (len > 0) {
            int index = (int) (position / BLOCK);
            int at = (int) (position % BLOCK);
            byte[] data = block(index);
            int n = Math.min(len, BLOCK - at);
            System.arraycopy(b, off, data, at, n);
            if (data == work) {
                openDirty = true;
            }
            position += n;
            off += n;
            len -= n;
            length = Math.max(length, position);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
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
        int total = 0;
        while (len > 0 && position < length) {
            int index = (int) (position / BLOCK);
            int at = (int) (position % BLOCK);
            byte[] data = block(index);
            int n = (int) Math.min(Math.min(len, BLOCK - at), length - position);
            System.arraycopy(data, at, b, off, n);
            position += n;
            off += n;
            len -= n;
            total += n;
        }
        return total;
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
            throw new IOException("invalid position " + newPosition);
        }
        if (newPosition > length) {
            throw new EOFException();
        }
        position = newPosition;
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
    public RandomAccessReadView createView(long start, long viewLength) throws IOException {
        return new RandomAccessReadView(this, start, viewLength);
    }

    @Override
    public void clear() throws IOException {
        checkOpen();
        release();
    }

    private void release() {
        int inMemory = 0;
        for (Block block : blocks) {
            if (block.memory != null) {
                inMemory++;
            } else {
                cache.releaseSlot(block.slot);
            }
        }
        cache.releaseMemory(inMemory);
        blocks.clear();
        openIndex = -1;
        openDirty = false;
        java.util.Arrays.fill(work, (byte) 0);
        length = 0;
        position = 0;
    }

    @Override
    public void close() {
        if (!closed) {
            release();
            closed = true;
        }
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("scratch buffer closed");
        }
    }
}
