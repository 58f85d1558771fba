package org.hardshipbinder.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.ChildJvm;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.RowSnapshot;
import org.hardshipbinder.wiring.Services;
import org.hardshipbinder.vault.VaultKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM edits a case's pages without pause (merge, split, move, turn, remove, restore, undo) and is killed with
 * SIGKILL at random moments. After every kill the vault opens, passes {@code verify}, and every page is exactly once
 * either in a document or in the trash, with its text; every document has pages numbered 1…n — a half-done edit
 * (a document emptied but not removed, pages still at their temporary negative positions, a page both in the trash
 * and in a document) would break one of these. On a plain vault and on an encrypted one.
 */
class EditCrashSafetyTest {

    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(VaultKind.class)
    void killingEditsAtRandomMomentsLeavesTheOldStateOrTheNew(VaultKind kind) throws Exception {
        Path vault = dir.resolve("vault");
        long caseId;
        Set<Long> allPages = new HashSet<>();
        try (EditFixture f = new EditFixture(dir, kind)) {
            caseId = f.theCase.id();
            for (int i = 0; i < 4; i++) {
                long doc = f.importRead("doc" + i, 3 + i, "word" + i);
                allPages.addAll(f.pageIds(doc));
            }
        }
        Random random = new Random(20261206L);
        int editsSeen = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = ChildJvm.builder(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                    EditLoopChild.class, kind.withArgument(vault.toString(), String.valueOf(caseId),
                            String.valueOf(random.nextLong())).toArray(String[]::new))
                    .redirectErrorStream(true).start();
            // Wait for the first edits, so that the kill lands while edits follow each other.
            var out = child.getInputStream();
            int dots = 0;
            StringBuilder other = new StringBuilder();
            int wanted = 3 + random.nextInt(20);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (dots < wanted && System.nanoTime() < deadline) {
                int c = out.read();
                if (c == '.') {
                    dots++;
                } else if (c < 0) {
                    break;
                } else {
                    other.append((char) c);
                }
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(dots).as("the child edited before it was killed (round " + round + "): " + other).isEqualTo(wanted);
            assertThat(other.toString()).as("the child's edits ran without error").doesNotContain("Exception");
            editsSeen += dots;
            checkWhole(kind, vault, caseId, allPages);
        }
        assertThat(editsSeen).isGreaterThan(KILLS * 3);
    }

    static void checkWhole(VaultKind kind, Path vault, long caseId, Set<Long> allPages) {
        try (Services s = kind.open(vault)) {
            checkWhole(s, caseId, allPages);
        }
    }

    static void checkWhole(Services s, long caseId, Set<Long> allPages) {
        {
            assertThat(s.verifier().verify()).isEmpty();
            List<Long> seen = new ArrayList<>();
            for (Document d : s.documents().listForCase(caseId)) {
                List<Page> pages = s.pages().listForDocument(d.id());
                assertThat(pages).as("document " + d.id() + " has pages").isNotEmpty();
                assertThat(pages).extracting(Page::number).as("document " + d.id() + " is numbered 1..n")
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, pages.size()).boxed().toList());
                pages.forEach(p -> seen.add(p.id()));
                pages.forEach(p -> assertThat(s.pageTexts().find(p.id())).as("text of page " + p.id()).isPresent());
            }
            s.vault().read(c -> {
                for (String json : Jdbc.query(c, "SELECT snapshot FROM trash WHERE case_id = ?", rs -> rs.getString(1), caseId)) {
                    RowSnapshot.fromJson(json).rows("pages").forEach(row -> seen.add(((Number) row.get("id")).longValue()));
                }
                return null;
            });
            assertThat(seen).as("every page once, in a document or in the trash").hasSameSizeAs(allPages)
                    .containsExactlyInAnyOrderElementsOf(allPages);
        }
    }
}
