package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.vault.IntegrityProbe.Problem;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} finds damage and names the document it is in. */
class VaultVerifierTest {

    @TempDir
    Path dir;

    @Test
    void aFlippedByteInAStoredOriginalIsFoundAndTheDocumentNamed() throws Exception {
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long intact = OriginalStoreTest.storeAsDocument(s, file("intact.pdf", 3000));
            long damaged = OriginalStoreTest.storeAsDocument(s, file("damaged.pdf", OriginalStore.CHUNK_SIZE + 100));
            assertThat(s.verifier().verify()).isEmpty();

            flipByte(s, damaged, 1, 99);

            List<Problem> problems = s.verifier().verify();
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.probe()).isEqualTo("originals");
                assertThat(p.documentId()).isEqualTo(damaged);
                assertThat(p.message()).contains("document " + damaged).contains("damaged.pdf").contains("damaged");
            });
            assertThat(problems).noneMatch(p -> Long.valueOf(intact).equals(p.documentId()));
        }
    }

    @Test
    void aMissingOriginalAndAMissingPageAreNamed() throws Exception {
        try (Services s = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long gone = OriginalStoreTest.storeAsDocument(s, file("gone.pdf", 10));
            s.vault().write(c -> Jdbc.update(c, "DELETE FROM original_chunks WHERE original_id = ?", gone));
            long shortOfPages = OriginalStoreTest.storeAsDocument(s, file("short.pdf", 20));
            s.vault().write(c -> {
                long id = shortOfPages;
                s.pages().insertAll(id, List.of(new PageGeometry(612, 792, 0)));
                return id;
            });
            assertThat(s.verifier().verify()).extracting(Problem::probe, Problem::documentId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("originals", gone),
                            org.assertj.core.groups.Tuple.tuple("pages", shortOfPages));
        }
    }

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(name.hashCode()).nextBytes(bytes);
        return Files.write(dir.resolve(name), bytes);
    }

    /** Flips one bit of one byte of a stored chunk through plain SQL, as disk damage would. */
    private static void flipByte(Services s, long documentId, int seq, int offset) {
        s.vault().write(c -> {
            byte[] data = Jdbc.queryOne(c, "SELECT data FROM original_chunks WHERE original_id = ? AND seq = ?",
                    rs -> rs.getBytes(1), documentId, seq).orElseThrow();
            data[offset] ^= 0x01;
            return Jdbc.update(c, "UPDATE original_chunks SET data = ? WHERE original_id = ? AND seq = ?", data, documentId, seq);
        });
    }
}
