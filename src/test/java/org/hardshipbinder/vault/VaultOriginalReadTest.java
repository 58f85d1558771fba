package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox reads an original in place from its chunks: every byte where it belongs, across chunk boundaries. */
class VaultOriginalReadTest {

    private static final int CHUNK = OriginalStore.chunkSize();

    @TempDir
    Path dir;

    @Test
    void readsSeeksAndViewsAcrossChunkBoundaries() throws Exception {
        byte[] content = new byte[2 * CHUNK + 777];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("original.pdf"), content);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long id = OriginalStoreTest.storeAsDocument(s, file);
            VaultOriginalRead read = new VaultOriginalRead(new ChunkCache(s.originals()), id, content.length);

            byte[] all = new byte[content.length];
            read.readFully(all);
            assertThat(all).isEqualTo(content);
            assertThat(read.isEOF()).isTrue();
            assertThat(read.read()).isEqualTo(-1);

            read.seek(CHUNK - 3);
            byte[] straddling = new byte[10];
            read.readFully(straddling);
            assertThat(straddling).isEqualTo(Arrays.copyOfRange(content, CHUNK - 3, CHUNK + 7));
            assertThat(read.getPosition()).isEqualTo(CHUNK + 7L);
            assertThat(read.peek()).isEqualTo(content[CHUNK + 7] & 0xff);

            try (RandomAccessReadView view = read.createView(2L * CHUNK - 5, 100)) {
                byte[] viewed = new byte[100];
                view.readFully(viewed);
                assertThat(viewed).isEqualTo(Arrays.copyOfRange(content, 2 * CHUNK - 5, 2 * CHUNK + 95));
            }
            read.close();
            assertThatThrownBy(read::read).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anOriginalShorterThanRecordedIsAnErrorNotSilentZeros() throws Exception {
        Path file = Files.write(dir.resolve("short.pdf"), new byte[1000]);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long id = OriginalStoreTest.storeAsDocument(s, file);
            VaultOriginalRead read = new VaultOriginalRead(new ChunkCache(s.originals()), id, CHUNK + 10L);

            read.seek(CHUNK);
            assertThatThrownBy(read::read).isInstanceOf(IOException.class).hasMessageContaining("chunk 1 missing");
            read.seek(999);
            assertThat(read.read()).isZero();
            assertThatThrownBy(() -> read.read(new byte[5], 0, 5)).isInstanceOf(IOException.class)
                    .hasMessageContaining("less of this original");
        }
    }
}
