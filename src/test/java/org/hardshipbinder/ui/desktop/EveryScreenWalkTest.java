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
 * Every screen of the app, with its tabs, views and dialogs, on the sample case at 1280 × 720, in English and in
 * Spanish, at the normal text size and at the largest the preferences offer (150 %): no text cut short, no dialog larger than the window or not owned by it, and no word of the program on
 * screen (finding or type codes, records, bundle keys, command lines). Screens and dialogs added later are walked
 * too: the walk goes through {@link Screen#values()} and every "…" button.
 */
@ExtendWith(ApplicationExtension.class)
class EveryScreenWalkTest {

    static {
        UiHarness.laptopScreen();
    }

    private static final int[] SCALES = {100, 150};

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
        for (int percent : SCALES) {
            robot.interact(() -> harness.ui().applyFontScale(percent));
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                robot.interact(() -> harness.ui().switchLanguage(locale));
                // The largest text in the longer language is the one to look at: its screens and dialogs are written
                // as screenshots (docs/screenshots with -Dscreenshots.dir=docs/screenshots).
                boolean shoot = percent == 150 && locale.getLanguage().equals("es");
                walk.screenshotDialogs(shoot ? "es-150-dialog-" : null);
                for (Screen screen : Screen.values()) {
                    if (screen == Screen.DOCUMENT) {
                        robot.interact(() -> harness.ui().window().openDocument(firstDocument, 1, null));
                    } else {
                        robot.interact(() -> harness.ui().window().show(screen));
                    }
                    if (shoot) {
                        WaitForAsyncUtils.waitForFxEvents();
                        Thread.sleep(1500);
                        Screenshots.write(stage.getScene(), String.format("es-150-%02d-%s", screen.ordinal(),
                                screen.name().toLowerCase(Locale.ROOT)));
                    }
                    walk.walk(harness.ui().window().root(), locale.getLanguage() + " " + percent + "% " + screen);
                }
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
