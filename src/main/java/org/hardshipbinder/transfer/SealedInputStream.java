package org.hardshipbinder.transfer;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/**
 * Reads sealed chunks back, handing out only data whose tag held. The end of the data is reported only after the
 * chunk sealed as the last one: a file cut at a chunk boundary is told apart from one that was changed.
 */
final class SealedInputStream extends InputStream {

    private final DataInputStream in;
    private final Seal seal;
    private final int maxSealed;
    private byte[] chunk = new byte[0];
    private int position;
    private int index;
    private boolean ended;

    SealedInputStream(InputStream source, CaseFileHeader header, Seal seal) {
        this.in = new DataInputStream(source.markSupported() ? source : new java.io.BufferedInputStream(source));
        this.seal = seal;
        this.maxSealed = header.chunkSize() + Seal.TAG_BYTES;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (position == chunk.length) {
            if (ended) {
                return -1;
            }
            nextChunk();
        }
        int n = Math.min(len, chunk.length - position);
        System.arraycopy(chunk, position, b, off, n);
        position += n;
        return n;
    }

    private void nextChunk() throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException e) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TRUNCATED, "ends before its last chunk");
        }
        if (length < Seal.TAG_BYTES || length > maxSealed) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TAMPERED, "chunk length " + length);
        }
        byte[] sealed = in.readNBytes(length);
        if (sealed.length < length) {
            throw new CaseFileProblem(CaseFileProblem.Kind.TRUNCATED, "chunk cut short");
        }
        in.mark(1);
        boolean atEnd = in.read() < 0;
        try {
            chunk = seal.open(index, atEnd, sealed);
        } catch (GeneralSecurityException failed) {
            throw new CaseFileProblem(atEnd && opensAsInner(sealed) ? CaseFileProblem.Kind.TRUNCATED
                    : CaseFileProblem.Kind.TAMPERED, "chunk " + index + " does not authenticate");
        }
        if (!atEnd) {
            in.reset();
        }
        index++;
        position = 0;
        ended = atEnd;
    }

    private boolean opensAsInner(byte[] sealed) {
        try {
            seal.open(index, false, sealed);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
