package org.hardshipbinder.editing;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of random edits in a row (split, merge, move, turn, remove, restore, undo), in one session: after every
 * few, each page is still exactly once in a document or in the trash, with its text, and documents are numbered
 * 1..n, and search finds each word on exactly the pages whose text has it — the same checks as after a kill, here
 * for the order in which edits, undos and restores meet.
 */
class EditSequenceTest {

    @TempDir
    Path dir;

    @Test
    void randomEditsUndosAndRestoresNeverLoseOrDuplicateAPage() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            Set<Long> allPages = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                allPages.addAll(f.pageIds(f.importRead("doc" + i, 2 + i, "word" + i)));
            }
            for (long seed = 1; seed <= 3; seed++) {
                Random random = new Random(seed);
                for (int step = 1; step <= 100; step++) {
                    EditLoopChild.edit(f.services, f.theCase.id(), random);
                    if (step % 10 == 0) {
                        EditCrashSafetyTest.checkWhole(f.services, f.theCase.id(), allPages);
                        for (int w = 0; w < 4; w++) {
                            String word = "word" + w;
                            long expected = f.services.vault().write(c -> org.hardshipbinder.vault.Jdbc.count(c,
                                    "SELECT count(*) FROM page_text WHERE text LIKE ?", word + " %"));
                            org.assertj.core.api.Assertions.assertThat(f.services.search().search(
                                    org.hardshipbinder.search.SearchQuery.of(word))).as("search " + word).hasSize((int) expected);
                        }
                    }
                }
            }
        }
    }
}
