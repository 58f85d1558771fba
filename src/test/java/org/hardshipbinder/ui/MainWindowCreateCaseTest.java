package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window on a fresh vault, creates a case through the form, sees it open and listed at the start. */
@ExtendWith(ApplicationExtension.class)
class MainWindowCreateCaseTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path vaultDir;
    private UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = UiHarness.open(vaultDir.resolve("vault-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void createsACaseAndListsIt(FxRobot robot) throws Exception {
        robot.clickOn("#newCaseButton");
        robot.clickOn("#applicantField").write("Ana Torres Ruiz");
        robot.clickOn("#createCaseOk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.hasCase("Ana Torres Ruiz"));
        // the new case opens by itself; the start screen lists it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> harness.ui().window().currentScreenProperty().get() == Screen.DOCUMENTS);
        assertThat(harness.ui().window().currentCase()).get().extracting(Case::applicant).isEqualTo("Ana Torres Ruiz");
        robot.clickOn("#" + Screen.START.id());
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Case> table = robot.lookup("#casesTable").queryTableView();
        assertThat(table.getItems()).extracting(Case::applicant).contains("Ana Torres Ruiz");
    }
}
