package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache hands back the same chunk while it is recent, and never holds more than its capacity. */
class ChunkCacheTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheMostRecentChunksAndEvictsTheLeastRecent() throws Exception {
        int chunks = ChunkCache.CAPACITY + 1;
        Path file = Files.write(dir.resolve("big.pdf"), new byte[chunks * OriginalStore.chunkSize()]);
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long id = OriginalStoreTest.storeAsDocument(s, file);
            ChunkCache cache = new ChunkCache(s.originals());

            byte[] first = cache.chunk(id, 0);
            assertThat(cache.chunk(id, 0)).isSameAs(first);
            for (int seq = 1; seq < chunks; seq++) {
                cache.chunk(id, seq);
            }
            assertThat(cache.chunk(id, 0)).as("evicted, read again").isNotSameAs(first).isEqualTo(first);
            byte[] recent = cache.chunk(id, chunks - 1);
            assertThat(cache.chunk(id, chunks - 1)).isSameAs(recent);
        }
    }
}
