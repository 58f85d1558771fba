package org.hardshipbinder.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.testdata.SampleCase;
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
 * From the start screen: "Export case…" writes the selected case to the file chosen, sealed with the passphrase typed
 * twice; "Import case…" brings it back as a second case. A wrong passphrase is said in one sentence.
 */
@ExtendWith(ApplicationExtension.class)
class CaseTransferWindowTest {

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
    void exportsTheSelectedCaseAndImportsItBack(FxRobot robot) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work-" + System.nanoTime()));
        String applicant = SampleCase.clean(new CaseGenerator(harness.services(), work), 4).theCase().applicant();
        Path file = work.resolve("case.hbcase");
        StartView start = robot.lookup("#startView").queryAs(StartView.class);
        start.useChooser(new CaseFileChooser() {
            @Override
            public Optional<Path> saveTo(Window owner, String suggestedName) {
                assertThat(suggestedName).endsWith(".hbcase");
                return Optional.of(file);
            }

            @Override
            public Optional<Path> open(Window owner) {
                return Optional.of(file);
            }
        });
        Platform.runLater(() -> start.shown(null));
        TableView<Case> table = robot.lookup("#casesTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#casesTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(table.getSelectionModel().getSelectedItem().applicant()).isEqualTo(applicant);

        Button export = robot.lookup("#exportCaseButton").queryButton();
        Platform.runLater(export::fire);
        Window dialog = Windows.dialogOver(stage);
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#casePassphrase").queryAs(javafx.scene.Node.class))
                .write("river stone");
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#casePassphraseAgain").queryAs(javafx.scene.Node.class))
                .write("river stones");
        Label problem = robot.from(dialog.getScene().getRoot()).lookup("#casePassphraseProblem").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("The two passphrases differ.");
        Button ok = robot.from(dialog.getScene().getRoot()).lookup("#casePassphraseOk").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        Label message = robot.lookup("#transferMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("The case was exported to"));
        assertThat(file).exists();

        importWith(robot, "wrong words");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("The passphrase does not open"));
        assertThat(table.getItems()).hasSize(1);

        importWith(robot, "river stone");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(message.getText()).isEqualTo("The case was imported: case.hbcase.");
        assertThat(table.getItems()).extracting(Case::applicant).containsExactly(applicant, applicant);
    }

    private void importWith(FxRobot robot, String passphrase) throws Exception {
        Platform.runLater(robot.lookup("#importCaseButton").queryButton()::fire);
        Window dialog = Windows.dialogOver(stage);
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#casePassphrase").queryAs(javafx.scene.Node.class))
                .write(passphrase);
        robot.clickOn(robot.from(dialog.getScene().getRoot()).lookup("#casePassphraseOk").queryButton());
    }
}
