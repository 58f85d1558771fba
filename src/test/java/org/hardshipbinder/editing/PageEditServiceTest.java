package org.hardshipbinder.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.search.SearchHit;
import org.hardshipbinder.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merge, split, turn, remove and undo on a real vault: what search finds, the tags, the findings and the binder
 * (its placed pages read back and rendered with PDFBox: which page, in which order, which way up).
 */
class PageEditServiceTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void mergeJoinsPagesTagsAndFindingsAndUndoTakesItBack() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long letter = f.importRead("alpha", 2, "asthma");
            long rest = f.importUnread("beta", 1);
            f.services.tags().add(rest, "medical", null, Scenario.BOTH, TagOrigin.USER);
            assertThat(codesAbout(f, rest)).contains("NO_TEXT");
            List<Long> pagesBefore = f.pageIds(letter);

            EditOutcome outcome = f.services.pageEdits().merge(List.of(letter, rest));

            assertThat(outcome).isInstanceOf(EditOutcome.Done.class);
            assertThat(EN.format(((EditOutcome.Done) outcome).summary())).contains("into document " + letter, "3 pages");
            assertThat(f.services.documents().find(rest)).isEmpty();
            assertThat(f.services.documents().find(letter).orElseThrow().pageCount()).isEqualTo(3);
            assertThat(f.pageIds(letter)).startsWith(pagesBefore.toArray(Long[]::new));
            assertThat(f.services.tags().forDocument(letter)).extracting(t -> t.factor()).containsExactly("medical");
            assertThat(f.services.search().search(SearchQuery.of("asthma"))).extracting(SearchHit::documentId)
                    .containsOnly(letter);
            assertThat(allCodes(f)).doesNotContain("NO_TEXT");
            assertThat(EditFixture.placedPages(f.binder("merged"))).extracting(EditFixture.Placed::words)
                    .containsExactly("alpha page 1", "alpha page 2", "beta page 1");
            assertThat(f.services.verifier().verify()).isEmpty();

            EditOutcome undone = f.services.pageEdits().undo();

            assertThat(undone).isInstanceOf(EditOutcome.Done.class);
            assertThat(EN.format(((EditOutcome.Done) undone).summary())).startsWith("Undone: Merged");
            assertThat(f.pageIds(letter)).isEqualTo(pagesBefore);
            assertThat(f.services.documents().find(rest).orElseThrow().pageCount()).isEqualTo(1);
            assertThat(f.services.tags().forDocument(letter)).isEmpty();
            assertThat(f.services.tags().forDocument(rest)).hasSize(1);
            assertThat(codesAbout(f, rest)).contains("NO_TEXT");
            assertThat(f.services.verifier().verify()).isEmpty();
        }
    }

    @Test
    void splitMakesPartsWithTheirPagesTagsAndExhibitsInOrder() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long batch = f.importRead("gamma", 5, "lease");
            f.services.tags().add(batch, "financial", null, Scenario.BOTH, TagOrigin.USER);
            List<Long> pages = f.pageIds(batch);

            EditOutcome outcome = f.services.pageEdits().split(batch, List.of(3, 5), SplitTags.COPY_TO_EACH);

            List<Long> parts = ((EditOutcome.Done) outcome).documents();
            assertThat(parts).hasSize(3).startsWith(batch);
            assertThat(f.pageIds(parts.get(0))).isEqualTo(pages.subList(0, 2));
            assertThat(f.pageIds(parts.get(1))).isEqualTo(pages.subList(2, 4));
            assertThat(f.pageIds(parts.get(2))).isEqualTo(pages.subList(4, 5));
            assertThat(f.services.pages().listForDocument(parts.get(1))).extracting(Page::number).containsExactly(1, 2);
            parts.forEach(part -> assertThat(f.services.tags().forDocument(part)).hasSize(1));
            assertThat(f.services.search().search(SearchQuery.of("gamma page 5"))).extracting(SearchHit::documentId)
                    .first().isEqualTo(parts.get(2));
            List<EditFixture.Placed> placed = EditFixture.placedPages(f.binder("split"));
            assertThat(placed).extracting(EditFixture.Placed::words).containsExactly(
                    "gamma page 1", "gamma page 2", "gamma page 3", "gamma page 4", "gamma page 5");
            assertThat(f.services.binderPlans().plan(f.theCase.id()).labelled()).hasSize(3);

            f.services.pageEdits().undo();
            assertThat(f.pageIds(batch)).isEqualTo(pages);
            assertThat(f.services.documents().find(parts.get(1))).isEmpty();
            assertThat(f.services.verifier().verify()).isEmpty();
        }
    }

    @Test
    void aTurnedPageIsPrintedTurnedAndItsWordBoxesTurnWithIt() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("delta", 3, "school");
            List<Long> pages = f.pageIds(doc);
            List<EditFixture.Placed> before = EditFixture.placedPages(f.binder("before"));
            assertThat(before).allSatisfy(p -> assertThat(p.inkY()).isLessThan(0.4));

            assertThat(f.services.pageEdits().turn(pages.get(1), 180)).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.services.pageEdits().turn(pages.get(2), 90)).isInstanceOf(EditOutcome.Done.class);

            assertThat(f.services.pages().find(pages.get(1)).orElseThrow().uprightRotation()).isEqualTo(180);
            Word word = f.services.pageTexts().find(pages.get(1)).orElseThrow().words().get(0);
            assertThat(word.x()).isCloseTo(1 - 0.1 - 0.2, org.assertj.core.api.Assertions.within(1e-9));
            List<EditFixture.Placed> after = EditFixture.placedPages(f.binder("after"));
            assertThat(after).extracting(EditFixture.Placed::words).containsExactly("delta page 1", "delta page 2", "delta page 3");
            assertThat(after.get(0).inkY()).isLessThan(0.4);
            assertThat(after.get(1).inkY()).isGreaterThan(0.6);
            assertThat(after.get(2).landscape()).isTrue();
            assertThat(after.get(2).inkX()).isGreaterThan(0.6);

            f.services.pageEdits().undo();
            f.services.pageEdits().undo();
            assertThat(f.services.pages().find(pages.get(1)).orElseThrow().uprightRotation()).isZero();
            assertThat(f.services.pageTexts().find(pages.get(1)).orElseThrow().words().get(0).x()).isEqualTo(0.1);
        }
    }

    @Test
    void aTurnStartsFromTheDetectedOrientationAndThenWinsOverIt() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long page = f.pageIds(f.importRead("iota", 1, "bank")).get(0);
            f.services.vault().write(c -> org.hardshipbinder.vault.Jdbc.update(c,
                    "UPDATE pages SET detected_rotation = 180 WHERE id = ?", page));

            f.services.pageEdits().turn(page, 90);

            assertThat(f.services.pages().find(page).orElseThrow().turn()).isEqualTo(270);
        }
    }

    @Test
    void aRemovedPageLeavesSearchAndTheBinderAndComesBackFromTheTrash() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("epsilon", 3, "visa");
            long middle = f.pageIds(doc).get(1);

            EditOutcome removed = f.services.pageEdits().removePages(List.of(middle));

            assertThat(removed).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.services.search().search(SearchQuery.of("epsilon page 2"))).extracting(SearchHit::pageId)
                    .doesNotContain(middle);
            assertThat(f.services.pages().listForDocument(doc)).extracting(Page::number).containsExactly(1, 2);
            assertThat(EditFixture.placedPages(f.binder("removed"))).extracting(EditFixture.Placed::words)
                    .containsExactly("epsilon page 1", "epsilon page 3");
            var entry = f.services.trash().list(f.theCase.id()).get(0);
            assertThat(entry.pageNumber()).isEqualTo(2);

            assertThat(f.services.trash().restore(entry.id())).isInstanceOf(EditOutcome.Done.class);
            assertThat(f.pageIds(doc)).containsExactly(f.pageIds(doc).get(0), middle, f.pageIds(doc).get(2));
            assertThat(f.services.search().search(SearchQuery.of("epsilon page 2"))).extracting(SearchHit::pageId)
                    .contains(middle);
            assertThat(f.services.trash().list(f.theCase.id())).isEmpty();
            assertThat(f.services.verifier().verify()).isEmpty();
        }
    }

    @Test
    void refusalsChangeNothingAndSayWhy() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("zeta", 3, "rent");
            long other = f.services.cases().create(org.hardshipbinder.model.CaseKind.I_601, "Other Fictional", null).id();
            var foreign = f.services.importService().importFile(other, f.pdf("eta", 1),
                    org.hardshipbinder.intake.ImportOptions.defaults());
            long foreignDoc = ((org.hardshipbinder.intake.ImportOutcome.Imported) foreign).documentId();
            List<Long> pages = f.pageIds(doc);
            int audit = f.services.audit().recent(1000).size();

            assertRefused(f.services.pageEdits().split(doc, List.of(4), SplitTags.COPY_TO_EACH), "cannot be split at page 4");
            assertRefused(f.services.pageEdits().split(doc, List.of(1), SplitTags.COPY_TO_EACH), "pages 2 to 3");
            assertRefused(f.services.pageEdits().merge(List.of(doc, foreignDoc)), "another case");
            assertRefused(f.services.pageEdits().turn(pages.get(0), 45), "90, 180 or 270");
            assertRefused(f.services.pageEdits().removePages(pages), "delete the document instead");
            assertRefused(f.services.pageEdits().undo(), "nothing to undo");

            assertThat(f.pageIds(doc)).isEqualTo(pages);
            assertThat(f.services.audit().recent(1000)).hasSize(audit);
        }
    }

    @Test
    void editingADocumentWhileItsTextIsBeingReadIsRefused() throws Exception {
        try (EditFixture f = new EditFixture(dir)) {
            long doc = f.importRead("theta", 2, "clinic");
            var busy = new PageEditService(f.services.vault(), f.services.documents(), f.services.pages(),
                    new org.hardshipbinder.vault.DocumentEdits(f.services.clock()),
                    new org.hardshipbinder.vault.TrashRepository(f.services.vault(), f.services.clock()),
                    f.services.audit(), new EditHistory(), id -> id == doc);
            assertRefused(busy.split(doc, List.of(2), SplitTags.COPY_TO_EACH), "being read right now");
            assertThat(f.pageIds(doc)).hasSize(2);
        }
    }

    private static void assertRefused(EditOutcome outcome, String says) {
        assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Refused.class,
                r -> assertThat(EN.format(r.reason())).contains(says));
    }

    private static List<String> codesAbout(EditFixture f, long documentId) {
        return findings(f).stream().filter(x -> x.documents().contains(documentId)).map(Finding::code).toList();
    }

    private static List<String> allCodes(EditFixture f) {
        return findings(f).stream().map(Finding::code).toList();
    }

    private static List<Finding> findings(EditFixture f) {
        return f.services.checks().run(f.theCase.id(), CheckSettings.defaults()).orElseThrow().findings();
    }
}
