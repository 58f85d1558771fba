package org.hardshipbinder.ui.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.ScreenWalk;
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
 * Every screen of the app, with its tabs, views and dialogs, on the sample case at 1280 × 720, in English and in
 * Spanish: no text cut short, no dialog larger than the window or not owned by it, and no word of the program on
 * screen (finding or type codes, records, bundle keys, command lines). Screens and dialogs added later are walked
 * too: the walk goes through {@link Screen#values()} and every "…" button.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenWalkTest {

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
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void everyScreenAndDialogFitsAndSpeaksTheUsersWords(FxRobot robot) throws Exception {
        robot.clickOn("#sampleCaseButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> harness.ui().window().currentCase().isPresent());
        long caseId = harness.ui().window().currentCase().orElseThrow().id();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> {
            List<Document> docs = harness.services().documents().listForCase(caseId);
            return docs.size() == 13 && docs.stream().allMatch(d -> d.status() == DocumentStatus.OCR_DONE);
        });
        long firstDocument = harness.services().documents().listForCase(caseId).get(0).id();
        ScreenWalk walk = new ScreenWalk(robot, stage);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            robot.interact(() -> harness.ui().switchLanguage(locale));
            for (Screen screen : Screen.values()) {
                if (screen == Screen.DOCUMENT) {
                    robot.interact(() -> harness.ui().window().openDocument(firstDocument, 1, null));
                } else {
                    robot.interact(() -> harness.ui().window().show(screen));
                }
                walk.walk(harness.ui().window().root(), locale.getLanguage() + " " + screen);
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(walk.dialogsSeen()).as("dialogs walked").hasSizeGreaterThan(3);
        soft.assertThat(walk.dialogProblems()).as("dialogs larger than the window or not owned by it").isEmpty();
        soft.assertThat(walk.truncated()).as("texts cut short").isEmpty();
        soft.assertThat(walk.internalWords()).as("words of the program on screen").isEmpty();
        soft.assertThat(walk.unnamedControls()).as("controls without an accessible name").isEmpty();
        soft.assertAll();
    }
}
