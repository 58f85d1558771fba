package org.hardshipbinder.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.hardshipbinder.vault.KeyParameters;
import org.junit.jupiter.api.Test;

/** The sealed chunks on their own, with small chunks so a file spans many: order, ends and changes are all caught. */
class SealedStreamTest {

    private static final int CHUNK = 1024;

    private final CaseFileHeader header = new CaseFileHeader(1, new KeyParameters(new byte[16], 1024, 1, 1),
            new byte[8], CHUNK);
    private final Seal seal = new Seal(TransferFixture.PASSPHRASE.fileKey(header.key()), header);

    private byte[] sealed(byte[] plain) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SealedOutputStream out = new SealedOutputStream(bytes, header, seal)) {
            out.write(plain);
        }
        return bytes.toByteArray();
    }

    private byte[] open(byte[] file) throws Exception {
        InputStream in = new ByteArrayInputStream(file);
        CaseFileHeader read = CaseFileHeader.read(in);
        Seal s = new Seal(TransferFixture.PASSPHRASE.fileKey(read.key()), read);
        assertThat(s.keyCheckHolds(in.readNBytes(Seal.TAG_BYTES))).isTrue();
        return new SealedInputStream(in, read, s).readAllBytes();
    }

    @Test
    void dataComesBackWholeAcrossManyChunks() throws Exception {
        byte[] plain = new byte[CHUNK * 5 + 17];
        new Random(1).nextBytes(plain);
        assertThat(open(sealed(plain))).isEqualTo(plain);
        assertThat(open(sealed(new byte[CHUNK * 2]))).hasSize(CHUNK * 2);
        assertThat(open(sealed(new byte[0]))).isEmpty();
    }

    @Test
    void aFileCutAtAChunkBoundaryIsIncompleteNotChanged() throws Exception {
        byte[] file = sealed(new byte[CHUNK * 3 + 5]);
        int headerAndCheck = header.encoded().length + Seal.TAG_BYTES;
        int oneChunk = 4 + CHUNK + Seal.TAG_BYTES;
        for (int chunks = 1; chunks <= 3; chunks++) {
            byte[] cut = Arrays.copyOf(file, headerAndCheck + chunks * oneChunk);
            assertThatThrownBy(() -> open(cut)).isInstanceOfSatisfying(CaseFileProblem.class,
                    p -> assertThat(p.kind()).isEqualTo(CaseFileProblem.Kind.TRUNCATED));
        }
    }

    @Test
    void swappedChunksOrAddedBytesAreChanges() throws Exception {
        byte[] file = sealed(new byte[CHUNK * 3 + 5]);
        int start = header.encoded().length + Seal.TAG_BYTES;
        int oneChunk = 4 + CHUNK + Seal.TAG_BYTES;
        byte[] swapped = file.clone();
        System.arraycopy(file, start, swapped, start + oneChunk, oneChunk);
        System.arraycopy(file, start + oneChunk, swapped, start, oneChunk);
        assertThatThrownBy(() -> open(swapped)).isInstanceOfSatisfying(CaseFileProblem.class,
                p -> assertThat(p.kind()).isEqualTo(CaseFileProblem.Kind.TAMPERED));
        byte[] longer = Arrays.copyOf(file, file.length + 3);
        assertThatThrownBy(() -> open(longer)).isInstanceOf(CaseFileProblem.class);
    }
}
