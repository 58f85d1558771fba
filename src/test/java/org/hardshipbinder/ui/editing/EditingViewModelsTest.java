package org.hardshipbinder.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page-editing, suggestion and trash view models on a real vault, with work run at once. */
class EditingViewModelsTest {

    static final String STATEMENT_1 = """
            HERONWOOD SAVINGS BANK
            Statement period: April 1, 2026 - April 30, 2026       Page 1 of 2
            04/02 GROCERY MART 45.10 1,204.55
            04/09 PAYROLL DEPOSIT 1,150.00 2,354.55""";
    static final String STATEMENT_2 = """
            HERONWOOD SAVINGS BANK       Page 2 of 2
            04/19 TRANSFER 300.00 1,942.60
            04/30 Ending balance 1,942.60""";
    static final String LETTER = """
            LINDEN GROVE CLINIC
            To whom it may concern:
            The patient has been under our care since last spring and needs daily help at home with meals.
            Sincerely,
            Dr. Nobody Real""";

    @TempDir
    Path dir;
    EditingFixture fixture;
    final UiText text = Sync.english();
    PageEditViewModel edits;
    final List<Long> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new EditingFixture(dir);
        edits = new PageEditViewModel(fixture.editing(), Sync.tasks(), text);
        edits.setAfterEdit(shown::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void target(long documentId, int pageNumber) {
        List<Page> pages = fixture.pages(documentId);
        edits.setTarget(new PageEditViewModel.Target(fixture.caseId, documentId, pages.get(pageNumber - 1).id(),
                pageNumber, pages.size()));
    }

    @Test
    void mergeSplitTurnRemoveAndUndoEachSayWhatTheyDid() throws Exception {
        long a = fixture.document("a.pdf", LETTER, STATEMENT_1);
        long b = fixture.document("b.pdf", STATEMENT_2);
        target(a, 1);

        edits.mergeWith(b);
        assertThat(fixture.pages(a)).hasSize(3);
        assertThat(fixture.services.documents().find(b)).isEmpty();
        assertThat(shown).containsExactly(a);
        assertThat(edits.canUndoProperty().get()).isTrue();
        assertThat(edits.undoLabelProperty().get()).startsWith("Undo: ");

        target(a, 2);
        edits.splitHere();
        assertThat(fixture.pages(a)).hasSize(1);
        assertThat(fixture.services.documents().listForCase(fixture.caseId)).hasSize(2);

        target(a, 1);
        edits.turnRight();
        assertThat(fixture.pages(a).get(0).turn()).isEqualTo(90);
        edits.turnLeft();
        assertThat(fixture.pages(a).get(0).userTurn()).isZero();

        edits.removePage();
        assertThat(edits.messageProperty().get()).isNotBlank(); // a document keeps one page: refused with a reason
        assertThat(fixture.pages(a)).hasSize(1);

        edits.undo(); // the left turn
        edits.undo(); // the right turn
        edits.undo(); // the split
        assertThat(fixture.pages(a)).hasSize(3);
        edits.undo(); // the merge
        assertThat(fixture.services.documents().find(b)).isPresent();
        assertThat(fixture.pages(a)).hasSize(2);
    }

    @Test
    void deletingADocumentSaysWhatItAffectsFirstAndTheTrashPutsItBack() throws Exception {
        long a = fixture.document("a.pdf", LETTER);
        target(a, 1);
        List<String> impacts = new ArrayList<>();
        edits.deletionImpacts(impacts::addAll);
        assertThat(impacts).anySatisfy(s -> assertThat(s).contains("goes to the trash"));

        edits.deleteDocument();
        assertThat(fixture.services.documents().find(a)).isEmpty();
        assertThat(shown).containsExactly((Long) null);

        TrashViewModel trash = new TrashViewModel(fixture.editing(), Sync.tasks(), text);
        trash.refresh(fixture.caseId);
        assertThat(trash.rows()).singleElement().satisfies(r -> assertThat(r.label()).contains("Document"));
        assertThat(trash.emptyWarning()).contains("1 document(s)").contains("cannot be undone");
        trash.restore(trash.rows().get(0));
        assertThat(fixture.services.documents().find(a)).isPresent();
        assertThat(trash.rows()).isEmpty();
    }

    @Test
    void emptyingTheTrashDeletesForGood() throws Exception {
        long a = fixture.document("a.pdf", LETTER, STATEMENT_1);
        target(a, 2);
        edits.removePage();
        TrashViewModel trash = new TrashViewModel(fixture.editing(), Sync.tasks(), text);
        trash.refresh(fixture.caseId);
        assertThat(trash.emptyWarning()).contains("1 page(s)");

        trash.empty();

        assertThat(trash.rows()).isEmpty();
        assertThat(fixture.services.trash().list(fixture.caseId)).isEmpty();
    }

    @Test
    void suggestionsAreListedWithTheirReasonsAndAcceptedOrRejectedInOneClick() throws Exception {
        long first = fixture.document("statement 1.pdf", STATEMENT_1);
        long second = fixture.document("statement 2.pdf", STATEMENT_2);
        long batch = fixture.document("Scan0003.pdf", LETTER, "", STATEMENT_1, STATEMENT_2);
        GroupingSuggestionsViewModel suggestions = new GroupingSuggestionsViewModel(fixture.editing(), Sync.tasks(), text);
        List<String> changes = new ArrayList<>();
        suggestions.setAfterChange(() -> changes.add("changed"));

        suggestions.refresh(fixture.caseId);
        assertThat(suggestions.rows()).hasSize(2);
        GroupingSuggestionsViewModel.Row merge = suggestions.rows().stream()
                .filter(r -> r.summary().startsWith("Join")).findFirst().orElseThrow();
        assertThat(merge.summary()).isEqualTo("Join documents " + first + ", " + second + " into one document, in this order");
        assertThat(merge.reasons()).contains("page 2 follows page 1");
        assertThat(merge.confidence()).startsWith("confidence ");

        suggestions.reject(merge);
        assertThat(suggestions.rows()).hasSize(1);
        suggestions.refresh(fixture.caseId);
        assertThat(suggestions.rows()).singleElement().satisfies(r -> assertThat(r.summary()).startsWith("Cut document " + batch));

        suggestions.accept(suggestions.rows().get(0));
        assertThat(changes).hasSize(1);
        assertThat(suggestions.rows()).isEmpty();
        assertThat(fixture.pages(batch)).hasSize(1);
        assertThat(fixture.services.documents().listForCase(fixture.caseId)).hasSize(4);
    }
}
