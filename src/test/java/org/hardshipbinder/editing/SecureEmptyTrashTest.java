package org.hardshipbinder.editing;

import org.hardshipbinder.testdata.RawBytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.time.Clock;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.vault.TrashRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emptying the trash leaves no trace of what it held in the vault's files: the raw bytes of a plain vault (database,
 * WAL, everything under its folder) are searched for a word only the deleted document had.
 */
class SecureEmptyTrashTest {

    private static final String WORD = "Quelbrantovix";

    @TempDir
    Path dir;

    @Test
    void aWordOfAnEmptiedDocumentIsInNoByteOfTheVault() throws Exception {
        Path vault;
        try (EditFixture f = new EditFixture(dir)) {
            vault = f.services.vault().directory();
            f.importRead("keep", 3, "ordinary");
            long doomed = f.importRead("gone", 2, WORD);
            assertThat(f.services.search().search(SearchQuery.of(WORD))).hasSize(2);
            f.services.pageEdits().deleteDocument(doomed);
            f.importRead("later", 1, "afterwards");
            f.services.trash().empty(f.theCase.id());
            assertThat(f.services.search().search(SearchQuery.of(WORD))).isEmpty();
            assertThat(filesContaining(vault, WORD)).as("while the vault is open").isEmpty();
        }
        assertThat(filesContaining(vault, WORD)).as("after closing").isEmpty();
    }

    /**
     * A kill between emptying and compacting (or a compaction that failed, e.g. on a full disk) must leave no trace
     * either: the deleting transaction itself overwrites what it frees. Scanned once the WAL is checkpointed (closed).
     */
    @Test
    void evenWhenTheCompactionNeverRanTheWordIsGoneOnceCheckpointed() throws Exception {
        assertThat(filesContaining(emptiedWithoutCompaction(true), WORD)).isEmpty();
    }

    /** The control: the same steps with secure_delete switched off on the writer leave the word in the file. */
    @Test
    void withoutSecureDeleteTheSameStepsLeaveTheWordInTheFile() throws Exception {
        assertThat(filesContaining(emptiedWithoutCompaction(false), WORD)).isNotEmpty();
    }

    private Path emptiedWithoutCompaction(boolean secureDelete) throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            if (!secureDelete) {
                f.services.vault().write(c -> {
                    try (var st = c.createStatement()) {
                        st.execute("PRAGMA secure_delete = OFF");
                    }
                    return null;
                });
            }
            f.importRead("keep", 3, "ordinary");
            long doomed = f.importRead("gone", 2, WORD);
            f.services.pageEdits().deleteDocument(doomed);
            TrashRepository trash = new TrashRepository(f.services.vault(), Clock.systemUTC());
            f.services.vault().write(c -> trash.empty(c, f.theCase.id()));
            assertThat(f.services.search().search(SearchQuery.of(WORD))).isEmpty();
            return f.services.vault().directory();
        }
    }

    /** Files under {@code folder} whose bytes hold {@code word} in any letter case. */
    static List<Path> filesContaining(Path folder, String word) throws Exception {
        byte[] needle = word.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) Character.toLowerCase((char) (bytes[i] & 0xff));
                }
                if (RawBytes.indexOf(bytes, needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

}
