package org.hardshipbinder.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.notify.Notice;
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

/**
 * Restore from a backup in the real window: Preferences offers it; the restore runs in the background, the window is
 * rebuilt on the vault opened again (the restored one) and says what happened.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path dir;
    private UiHarness harness;
    private Path backup;

    @Start
    void start(Stage stage) throws Exception {
        Path vault = dir.resolve("vault-" + System.nanoTime());
        backup = dir.resolve("backup-" + System.nanoTime() + ".sqlite");
        harness = UiHarness.open(vault, stage);
        harness.services().cases().create(CaseKind.I_601A, "Before Backup", null);
        harness.services().backup().backupTo(backup);
        harness.services().cases().create(CaseKind.I_601A, "After Backup", null);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void theRestoredVaultIsShownAndTheOutcomeSaid(FxRobot robot) throws Exception {
        robot.clickOn("#" + Screen.PREFERENCES.id());
        Button restore = robot.lookup("#restoreFromBackup").queryButton();
        assertThat(restore.getText()).isEqualTo("Restore from a backup…");
        Node oldRoot = restore.getScene().getRoot();
        RestoreViewModel viewModel = section(restore).viewModel();

        // The file chooser and the confirmation are the system's; the test goes on from the user's "Restore".
        robot.interact(() -> {
            viewModel.start(backup);
            assertThat(oldRoot.isDisabled()).as("the window is out of reach while the vault is closed").isTrue();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !harness.notifier().history().isEmpty());

        Notice notice = harness.notifier().history().get(0);
        assertThat(notice.kind()).isEqualTo(Notice.Kind.INFORMATION);
        assertThat(notice.title()).contains("was restored from");
        assertThat(harness.hasCase("Before Backup")).isTrue();
        assertThat(harness.hasCase("After Backup")).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.ui().scene().getRoot()).isNotSameAs(oldRoot);
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.PREFERENCES);
        assertThat(harness.ui().scene().getRoot().isDisabled()).isFalse();
        assertThat(robot.lookup("#restoreFromBackup").queryButton().isDisabled()).isFalse();

        robot.clickOn("#" + Screen.START.id());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("Before Backup").tryQuery().isPresent());
    }

    private static RestoreSection section(Node node) {
        Node at = node;
        while (!(at instanceof RestoreSection)) {
            at = at.getParent();
        }
        return (RestoreSection) at;
    }
}
