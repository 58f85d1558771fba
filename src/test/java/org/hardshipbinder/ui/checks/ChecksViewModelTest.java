package org.hardshipbinder.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.Sync;
import org.junit.jupiter.api.Test;

class ChecksViewModelTest {

    private final List<String> calls = new ArrayList<>();
    private final List<FindingRow> findings = new ArrayList<>(List.of(
            new FindingRow("info", "NOT_IN_BINDER", "Not in the binder", "", List.of(3L), 3L, 1, null, null),
            new FindingRow("error", "DOB_CONFLICT", "Birth dates differ", "Check the dates", List.of(1L, 2L), 2L, 1, null, "03/17/2015"),
            new FindingRow("warning", "UNDATED", "No date", "Add the date", List.of(4L), 4L, 1, null, null)));

    private final ChecksSource source = new ChecksSource() {
        @Override
        public List<FindingRow> run(long caseId) {
            return List.copyOf(findings);
        }

        @Override
        public List<Document> documents(long caseId) {
            return List.of();
        }

        @Override
        public void dismiss(long caseId, FindingRow finding, String reason) {
            calls.add("dismiss " + finding.code() + " " + reason);
            findings.remove(finding);
        }

        @Override
        public void linkTranslation(long translationId, long originalId) {
            calls.add("link " + translationId + "->" + originalId);
        }

        @Override
        public void setDate(long documentId, LocalDate date) {
            calls.add("date " + documentId + " " + date);
        }
    };

    private final List<String> opened = new ArrayList<>();
    private final Navigator navigator = new Navigator() {
        @Override
        public void openCase(Case openCase) {
        }

        @Override
        public void show(Screen screen) {
        }

        @Override
        public void openDocument(long documentId, int page, String highlight) {
            opened.add(documentId + "/" + page + "/" + highlight);
        }

        @Override
        public Optional<Case> currentCase() {
            return Optional.empty();
        }
    };

    private final Case kase = new Case(7, CaseKind.I_601A, "Ana", null, Instant.now());

    @Test
    void findingsComeMostSeriousFirstWithASummary() {
        ChecksViewModel viewModel = new ChecksViewModel(source, Sync.tasks(), Sync.english(), navigator);
        viewModel.load(kase);
        assertThat(viewModel.items()).extracting(FindingRow::code).containsExactly("DOB_CONFLICT", "UNDATED", "NOT_IN_BINDER");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 problem(s) to fix, 1 warning(s), 1 note(s).");
    }

    @Test
    void filtersBySeverityCodeAndDocument() {
        ChecksViewModel viewModel = new ChecksViewModel(source, Sync.tasks(), Sync.english(), navigator);
        viewModel.load(kase);
        viewModel.severityFilterProperty().set("warning");
        assertThat(viewModel.items()).extracting(FindingRow::code).containsExactly("UNDATED");
        viewModel.severityFilterProperty().set(null);
        viewModel.documentFilterProperty().set(1L);
        assertThat(viewModel.items()).extracting(FindingRow::code).containsExactly("DOB_CONFLICT");
    }

    @Test
    void goToOpensTheDocumentAtThePageWithTheWordsMarked() {
        ChecksViewModel viewModel = new ChecksViewModel(source, Sync.tasks(), Sync.english(), navigator);
        viewModel.load(kase);
        viewModel.goTo(viewModel.items().get(0));
        assertThat(opened).containsExactly("2/1/03/17/2015");
    }

    @Test
    void fixesReachTheSourceAndTheFindingsReload() {
        ChecksViewModel viewModel = new ChecksViewModel(source, Sync.tasks(), Sync.english(), navigator);
        viewModel.load(kase);
        FindingRow undated = viewModel.items().get(1);
        viewModel.setDate(undated, LocalDate.of(2024, 5, 1));
        viewModel.dismiss(undated, "  it is a photo  ");
        viewModel.dismiss(viewModel.items().get(0), " ");
        assertThat(calls).containsExactly("date 4 2024-05-01", "dismiss UNDATED it is a photo");
        assertThat(viewModel.items()).hasSize(2);
        FindingRow missing = new FindingRow("error", "TRANSLATION_MISSING", "m", "", List.of(5L), 5L, 1, null, null);
        assertThat(FixAction.forRow(missing)).containsExactly(FixAction.OPEN_PAGE, FixAction.LINK_TRANSLATION, FixAction.DISMISS);
        assertThat(FixAction.forRow(undated)).contains(FixAction.EDIT_DATE);
        FindingRow pair = new FindingRow("info", "TRANSLATION_PAIR_SUGGESTED", "m", "", List.of(5L, 6L), 5L, 1, null, null);
        assertThat(FixAction.forRow(pair)).contains(FixAction.LINK_PAIR);
        viewModel.linkPair(pair);
        assertThat(calls).last().isEqualTo("link 6->5");
    }
}
