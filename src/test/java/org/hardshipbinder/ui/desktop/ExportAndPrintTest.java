package org.hardshipbinder.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.ui.binder.ExportResult;
import org.hardshipbinder.ui.shell.Screen;
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
 * Export names the open "must fix" findings and lets the user fix them first; without a printer, "Print index…"
 * offers the index PDF the export wrote, named with its folder.
 */
@ExtendWith(ApplicationExtension.class)
class ExportAndPrintTest {

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
    void exportWarnsOfMustFixFindingsAndPrintingOffersTheIndexPdf(FxRobot robot) throws Exception {
        robot.clickOn("#sampleCaseButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> harness.ui().window().currentCase().isPresent());
        long caseId = harness.ui().window().currentCase().orElseThrow().id();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            List<Document> docs = harness.services().documents().listForCase(caseId);
            return docs.size() == 13 && docs.stream().allMatch(d -> d.status() == DocumentStatus.OCR_DONE);
        });
        robot.clickOn("#" + Screen.BINDER.id());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#indexPreview").queryListView().getItems().isEmpty());

        // before an export: the must-fix findings, and "fix them first" goes to the checks
        Platform.runLater(() -> robot.lookup("#exportBinder").queryButton().fire());
        Window mustFix = Windows.dialogOver(stage);
        assertThat(((Stage) mustFix).getOwner()).isSameAs(stage);
        assertThat(mustFix.getWidth()).isLessThanOrEqualTo(stage.getWidth());
        ListView<String> open = robot.from(mustFix.getScene().getRoot()).lookup("#mustFixList").queryListView();
        assertThat(open.getItems()).isNotEmpty().anyMatch(s -> s.contains("Carta médica de Rosa Reyes"));
        robot.clickOn(robot.from(mustFix.getScene().getRoot()).lookup("#fixFirst").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.ui().window().currentScreenProperty().get() == Screen.CHECKS);

        // without a printer: before any export, the dialog says to export first
        robot.clickOn("#" + Screen.BINDER.id());
        Platform.runLater(() -> robot.lookup("#printIndex").queryButton().fire());
        Window before = Windows.dialogOver(stage);
        assertThat(robot.from(before.getScene().getRoot()).lookup("#indexFileText").queryAs(Label.class).getText())
                .contains("Export");
        robot.interact(before::hide);

        // after an export, it names the index PDF and its folder
        Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime())).resolve("binder.pdf");
        var binder = harness.ui().screens().binderView().viewModel();
        robot.interact(() -> binder.export(out));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> binder.lastExportProperty().get() != null);
        ExportResult result = binder.lastExportProperty().get();
        assertThat(result.indexFile()).exists();
        Platform.runLater(() -> robot.lookup("#printIndex").queryButton().fire());
        Window after = Windows.dialogOver(stage);
        assertThat(robot.from(after.getScene().getRoot()).lookup("#indexFileText").queryAs(Label.class).getText())
                .contains(result.indexFile().getFileName().toString()).contains(out.getParent().toString());
        assertThat(robot.from(after.getScene().getRoot()).lookup("#openIndexFolder").tryQuery()).isPresent();
        assertThat(robot.from(after.getScene().getRoot()).lookup("#openIndexPdf").tryQuery()).isPresent();
        robot.interact(after::hide);
        assertThat(harness.notifier().history()).anySatisfy(n -> assertThat(n.details())
                .anyMatch(d -> d.contains(result.indexFile().getFileName().toString())));
    }
}
