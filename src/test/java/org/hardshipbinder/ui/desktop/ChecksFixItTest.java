package org.hardshipbinder.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.ui.checks.FindingRow;
import org.hardshipbinder.ui.checks.FixAction;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.suggestions.SuggestionRow;
import org.hardshipbinder.ui.testing.UiHarness;
import org.hardshipbinder.ui.testing.Windows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every fix the checks screen offers, pressed in the window on the sample case in a real vault, and what it changed
 * read back from the vault: link a translation through the picker, link the pair the checks found, set a date,
 * dismiss with a reason, open the page, go to the suggestions and answer them in bulk.
 */
@ExtendWith(ApplicationExtension.class)
class ChecksFixItTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path dir;
    private UiHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = UiHarness.open(dir.resolve("vault-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void everyFixIsAButtonThatDoesIt(FxRobot robot) throws Exception {
        long caseId = openSample(robot);
        Document schoolLetter = document(caseId, "Constancia escolar");
        Document schoolTranslation = document(caseId, "Translation of the school letter");
        var m = schoolTranslation.metadata();
        harness.services().documents().updateMetadata(schoolTranslation.id(), new Document.DocumentMetadata(m.title(),
                m.evidenceType(), m.date(), m.dateApproximate(), m.source(), m.author(), m.language(), null));

        robot.clickOn("#" + Screen.CHECKS.id());
        TableView<FindingRow> findings = robot.lookup("#findingsTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> has(findings, "TRANSLATION_PAIR_SUGGESTED"));

        // the pair the checks found: one button links it
        select(robot, findings, "TRANSLATION_PAIR_SUGGESTED");
        assertThat(robot.lookup("#findingDetail").queryLabeled().getText()).contains("Link these two").doesNotContain("--");
        robot.clickOn("#linkPair");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Objects.equals(
                translationOf(schoolTranslation.id()), schoolLetter.id()));

        // a missing translation: the picker names documents as the user knows them and links the one chosen
        Document carta = document(caseId, "Carta médica de Rosa Reyes");
        Document psychological = document(caseId, "Psychological evaluation of Laura");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> has(findings, "TRANSLATION_MISSING"));
        select(robot, findings, "TRANSLATION_MISSING");
        robot.clickOn("#linkTranslation");
        Window picker = Windows.dialogOver(stage);
        assertFits(picker);
        ListView<Document> candidates = robot.from(picker.getScene().getRoot()).lookup("#translationCandidates").queryListView();
        assertThat(candidates.getItems()).doesNotContain(carta).contains(psychological);
        assertThat(robot.from(picker.getScene().getRoot()).lookup(".list-cell").queryAll())
                .noneMatch(n -> String.valueOf(((javafx.scene.control.Labeled) n).getAccessibleText()).contains("Document["));
        robot.interact(() -> candidates.getSelectionModel().select(psychological));
        robot.clickOn(robot.from(picker.getScene().getRoot()).lookup("#linkTranslationOk").queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Objects.equals(translationOf(psychological.id()), carta.id()));

        // an undated letter: the date typed in the dialog is saved
        Document pastor = document(caseId, "Letter from Pastor Ruiz");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> has(findings, "UNDATED"));
        select(robot, findings, "UNDATED");
        robot.clickOn("#editDate");
        Window dateDialog = Windows.dialogOver(stage);
        assertFits(dateDialog);
        DatePicker picked = robot.from(dateDialog.getScene().getRoot()).lookup("#fixDatePicker").query();
        robot.interact(() -> picked.setValue(LocalDate.of(2024, 4, 9)));
        robot.clickOn(robot.from(dateDialog.getScene().getRoot()).lookup("#dateOk").queryButton());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> LocalDate.of(2024, 4, 9)
                .equals(harness.services().documents().find(pastor.id()).orElseThrow().metadata().date()));

        // dismiss with a reason: the finding leaves the list (the income mismatch is one the sample plants; a name
        // written with an initial, as on the W-2, is no misspelling and raises nothing)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> has(findings, "AMOUNT_CONFLICT"));
        int conflicts = (int) findings.getItems().stream().filter(f -> f.code().equals("AMOUNT_CONFLICT")).count();
        select(robot, findings, "AMOUNT_CONFLICT");
        robot.clickOn("#dismissFinding");
        Window reasonDialog = Windows.dialogOver(stage);
        assertFits(reasonDialog);
        TextArea reason = robot.from(reasonDialog.getScene().getRoot()).lookup("#dismissReason").query();
        robot.clickOn(reason).write("Both figures are right: her raise came after the tax year.");
        robot.clickOn(robot.from(reasonDialog.getScene().getRoot()).lookup("#dismissOk").queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> findings.getItems().stream()
                .filter(f -> f.code().equals("AMOUNT_CONFLICT")).count() == conflicts - 1);

        // open the page the finding is about
        FindingRow first = findings.getItems().stream().filter(f -> f.documentId() != null).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(first));
        robot.clickOn("#goToFinding");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.DOCUMENT);

        // coverage findings lead to the suggestions (the navigation too), answered in bulk there
        robot.clickOn("#" + Screen.CHECKS.id());
        TableView<FindingRow> again = robot.lookup("#findingsTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !again.getItems().isEmpty());
        FindingRow coverage = again.getItems().stream()
                .filter(f -> FixAction.forRow(f).contains(FixAction.REVIEW_SUGGESTIONS)).findFirst().orElse(null);
        if (coverage != null) {
            robot.interact(() -> again.getSelectionModel().select(coverage));
            robot.clickOn("#reviewSuggestionsFix");
        } else {
            robot.clickOn("#" + Screen.SUGGESTIONS.id());
        }
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.SUGGESTIONS);
        TableView<SuggestionRow> suggestions = robot.lookup("#suggestionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> suggestions.getItems().size() > 3);
        SuggestionRow chosen = suggestions.getItems().get(0);
        robot.interact(() -> {
            suggestions.getSelectionModel().clearSelection();
            suggestions.getSelectionModel().select(chosen);
        });
        robot.clickOn("#acceptSelected");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> harness.services().factors().suggestions().pending(caseId)
                .stream().noneMatch(s -> s.key().equals(chosen.suggestion().key())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !suggestions.getItems().contains(chosen)
                && !harness.ui().window().root().lookup("#acceptAbove").isDisabled());
        robot.clickOn("#acceptAbove");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> suggestions.getItems().stream().noneMatch(r -> r.confidencePercent() >= 80));
        assertThat(harness.services().factors().suggestions().pending(caseId))
                .noneMatch(s -> Math.round(s.confidence() * 100) >= 80);

        // files handed to the app when it starts are offered for import into a case
        Path letter = Files.createDirectories(dir.resolve("given-" + System.nanoTime())).resolve("letter.pdf");
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            pdf.save(letter.toFile());
        }
        robot.interact(() -> harness.ui().offerImport(List.of(letter)));
        Window offer = Windows.dialogOver(stage);
        assertFits(offer);
        robot.clickOn(robot.from(offer.getScene().getRoot()).lookup("#offerImportOk").queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> harness.services().documents().listForCase(caseId).stream().anyMatch(d -> d.fileName().equals("letter.pdf")));
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.DOCUMENTS);
    }

    private long openSample(FxRobot robot) throws TimeoutException {
        robot.clickOn("#sampleCaseButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> harness.ui().window().currentCase().isPresent());
        long caseId = harness.ui().window().currentCase().orElseThrow().id();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            List<Document> docs = harness.services().documents().listForCase(caseId);
            return docs.size() == 13 && docs.stream().allMatch(d -> d.status() == DocumentStatus.OCR_DONE);
        });
        return caseId;
    }

    private Document document(long caseId, String title) {
        return harness.services().documents().listForCase(caseId).stream()
                .filter(d -> title.equals(d.metadata().title())).findFirst().orElseThrow();
    }

    private Long translationOf(long id) {
        return harness.services().documents().find(id).orElseThrow().metadata().translationOf();
    }

    private static boolean has(TableView<FindingRow> table, String code) {
        return table.getItems().stream().anyMatch(f -> f.code().equals(code));
    }

    private static void select(FxRobot robot, TableView<FindingRow> table, String code) {
        FindingRow row = table.getItems().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    private void assertFits(Window dialog) {
        assertThat(dialog).isInstanceOf(Stage.class);
        assertThat(((Stage) dialog).getOwner()).isSameAs(stage);
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(stage.getWidth());
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(stage.getHeight());
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(stage.getX());
        assertThat(dialog.getX() + dialog.getWidth()).isLessThanOrEqualTo(stage.getX() + stage.getWidth());
    }
}
