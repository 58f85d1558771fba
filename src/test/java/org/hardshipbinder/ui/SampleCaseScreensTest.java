package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.GridView;
import org.hardshipbinder.ui.documents.DocumentRow;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.Screenshots;
import org.hardshipbinder.ui.testing.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the sample case and walks every screen with it, writing a screenshot of each (the README shows them).
 * Every screen must come up with the sample's content, not empty.
 */
@ExtendWith(ApplicationExtension.class)
class SampleCaseScreensTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path vaultDir;
    private UiHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        harness = UiHarness.open(vaultDir.resolve("vault-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void everyScreenShowsTheSampleCase(FxRobot robot) throws Exception {
        Screenshots.write(stage.getScene(), "01-start");
        robot.clickOn("#sampleCaseButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#documentsGrid").tryQuery().isPresent());
        GridView<DocumentRow> grid = robot.lookup("#documentsGrid").query();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> grid.getItems().size() == 13);
        // the sample's pages are read at once: text layers of the PDFs, recognition of the two scans
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> grid.getItems().stream()
                .allMatch(r -> r.document().status() == org.hardshipbinder.model.DocumentStatus.OCR_DONE));
        Thread.sleep(1500); // thumbnails draw in the background
        Screenshots.write(stage.getScene(), "02-documents");

        long birthCertificate = grid.getItems().get(0).id();
        robot.interact(() -> harness.ui().window().openDocument(birthCertificate, 1, "Sofia"));
        robot.clickOn("Hardship factors");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#documentTitle").queryAs(Label.class).getText().contains("Birth certificate"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> harness.ui().screens().documentView().viewModel().pageImageProperty().get() != null);
        Thread.sleep(500);
        Screenshots.write(stage.getScene(), "03-document");
        long scan = grid.getItems().stream().filter(r -> r.document().displayTitle().endsWith("(scan)")).findFirst()
                .orElseThrow().id();
        robot.interact(() -> harness.ui().window().openDocument(scan, 1, "Laura salary"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#documentTitle").queryAs(Label.class).getText().endsWith("(scan)"));
        Thread.sleep(1500);
        Screenshots.write(stage.getScene(), "03-scan-marked");

        // the family accepts what the app suggests, so coverage, binder sections and the timeline fill in
        long caseId = harness.ui().window().currentCase().orElseThrow().id();
        harness.services().factors().suggestions().acceptAll(caseId);

        robot.clickOn("#" + Screen.SEARCH.id());
        robot.clickOn("#searchBox").write("sofia autism").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#searchResults").queryListView().getItems().isEmpty());
        for (Screen screen : new Screen[] {Screen.SEARCH, Screen.OVERVIEW, Screen.CHECKS, Screen.BINDER, Screen.TIMELINE,
                Screen.PREFERENCES}) {
            robot.clickOn("#" + screen.id());
            WaitForAsyncUtils.waitForFxEvents();
            if (screen == Screen.OVERVIEW) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> !robot.lookup("#checksSummary").queryAs(Label.class).getText().isEmpty());
            }
            if (screen == Screen.CHECKS) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                        () -> !robot.lookup("#findingsTable").queryTableView().getItems().isEmpty());
            }
            if (screen == Screen.BINDER) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                        () -> !robot.lookup("#indexPreview").queryListView().getItems().isEmpty());
            }
            Thread.sleep(700);
            assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(screen);
            Screenshots.write(stage.getScene(), String.format("%02d-%s", 4 + screen.ordinal(), screen.name().toLowerCase()));
        }
        robot.clickOn("#" + Screen.TIMELINE.id());
        ListView<org.hardshipbinder.chronology.ChronologyEvent> timeline = robot.lookup("#timelineList").queryListView();
        // Every document is on the timeline: at its own date, or among the undated ones at the end.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .map(org.hardshipbinder.chronology.ChronologyEvent::documentId).filter(java.util.Objects::nonNull).distinct().count() == 13);

        // the same screens in Spanish, and the checks' fix dialogs
        robot.interact(() -> harness.ui().switchLanguage(java.util.Locale.forLanguageTag("es")));
        for (Screen screen : Screen.navigation()) {
            robot.clickOn("#" + screen.id());
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(1500);
            Screenshots.write(stage.getScene(), String.format("es-%02d-%s", screen.ordinal(), screen.name().toLowerCase()));
        }
        robot.interact(() -> harness.ui().window().openDocument(birthCertificate, 1, "Sofia"));
        Thread.sleep(1500);
        Screenshots.write(stage.getScene(), "es-03-document");
        assertThat(Files.list(Screenshots.folder()).count()).isGreaterThanOrEqualTo(9);
    }
}
