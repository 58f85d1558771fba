package org.hardshipbinder.transfer;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;

/** Writes the header, the key check, then the data in sealed chunks; closing seals the last chunk (maybe empty). */
final class SealedOutputStream extends OutputStream {

    private final DataOutputStream out;
    private final Seal seal;
    private final byte[] buffer;
    private int filled;
    private int index;
    private boolean closed;

    SealedOutputStream(OutputStream target, CaseFileHeader header, Seal seal) throws IOException {
        this.out = new DataOutputStream(target);
        this.seal = seal;
        this.buffer = new byte[header.chunkSize()];
        out.write(header.encoded());
        try {
            out.write(seal.keyCheck());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == buffer.length) {
                flushChunk(false);
            }
            int n = Math.min(len, buffer.length - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    private void flushChunk(boolean last) throws IOException {
        try {
            byte[] sealed = seal.seal(index++, last, buffer, filled);
            out.writeInt(sealed.length);
            out.write(sealed);
            filled = 0;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushChunk(true);
            out.flush();
        } finally {
            out.close();
        }
    }
}
