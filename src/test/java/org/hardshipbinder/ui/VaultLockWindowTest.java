package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.editing.EditingFixture;
import org.hardshipbinder.ui.security.LockViewModel;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.MutableClock;
import org.hardshipbinder.ui.testing.ScreenInspector;
import org.hardshipbinder.ui.testing.UiHarness;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with the idle lock: idle time passes on a clock moved by the test, the lock screen replaces the
 * case, a wrong passphrase keeps it, the right one returns to the same case and screen; and a plain vault is
 * encrypted from Preferences, leaving no SQLite header in the file.
 */
@ExtendWith(ApplicationExtension.class)
class VaultLockWindowTest {

    static {
        UiHarness.laptopScreen();
    }

    private static final String PASSPHRASE = "maple river lantern";
    private static final Messages ENGLISH = new Messages(java.util.Locale.ENGLISH);

    @TempDir
    Path dir;
    private Stage stage;
    private UiHarness harness;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (harness != null) {
            harness.close();
        }
    }

    private Path vault() {
        return dir.resolve("vault");
    }

    @Test
    void locksWhenIdleAndUnlocksBackOnTheSameScreen(FxRobot robot) throws Exception {
        robot.interact(() -> harness = UiHarness.openGuarded(vault(), stage, Passphrase.of(PASSPHRASE.toCharArray()), clock));
        Case kase = harness.services().cases().create(CaseKind.I_601A, "Rosa Mendez", null);
        robot.interact(() -> {
            harness.preferences().setIdleLockMinutes(5);
            harness.ui().applyFontScale(150);
            harness.ui().window().openCase(kase);
            harness.ui().window().show(Screen.SEARCH);
        });
        assertThat(robot.lookup("#mainWindow").tryQuery()).isPresent();

        robot.interact(() -> clock.advance(Duration.ofMinutes(5)));
        // the window's own timer notices the idle time (it ticks every few seconds)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> harness.guard().lock().stateProperty().get() == LockViewModel.State.LOCKED);
        assertThat(robot.lookup("#lockScreen").tryQuery()).isPresent();
        assertThat(robot.lookup("#mainWindow").tryQuery()).as("the case is no longer in the window").isEmpty();
        assertThat(robot.lookup("Rosa Mendez").tryQuery()).isEmpty();
        assertThat(harness.services()).as("the vault is closed while locked").isNull();
        Parent lockScreen = robot.lookup("#lockScreen").queryAs(Parent.class);
        assertThat(ScreenInspector.truncated(lockScreen, "lock screen at 150%")).isEmpty();
        assertThat(ScreenInspector.internalWords(lockScreen, "lock screen")).isEmpty();

        robot.clickOn("#lockPassphrase").write("not the passphrase");
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ENGLISH.get("security.lock.wrongPassphrase")
                .equals(robot.lookup("#lockMessage").queryLabeled().getText()));
        assertThat(harness.guard().lock().stateProperty().get()).isEqualTo(LockViewModel.State.LOCKED);
        assertThat(robot.lookup("#lockPassphrase").queryAs(PasswordField.class).getText()).isEmpty();

        robot.clickOn("#lockPassphrase").write(PASSPHRASE);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> harness.guard().lock().stateProperty().get() == LockViewModel.State.OPEN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mainWindow").tryQuery()).isPresent();
        assertThat(robot.lookup("#lockScreen").tryQuery()).isEmpty();
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.SEARCH);
        assertThat(harness.ui().window().currentCase()).map(Case::id).contains(kase.id());
        assertThat(robot.lookup("#openCaseLabel").queryLabeled().getText()).isEqualTo(kase.displayTitle());
        assertThat(harness.services().cases().list()).hasSize(1);
    }

    @Test
    void unlockingReturnsToTheSameDocumentPage(FxRobot robot) throws Exception {
        robot.interact(() -> harness = UiHarness.openGuarded(vault(), stage, Passphrase.of(PASSPHRASE.toCharArray()), clock));
        Case kase = harness.services().cases().create(CaseKind.I_601A, "Rosa Mendez", null);
        long letter = EditingFixture.withoutVault(harness.services(), kase.id(), dir)
                .document("letter.pdf", "Dear officer, page one.", "Page two of the letter.", "Page three.");
        robot.interact(() -> {
            harness.ui().window().openCase(kase);
            harness.ui().window().openDocument(letter, 2, "");
        });
        var document = harness.ui().screens().documentView().viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> document.dataProperty().get() != null && document.pageIndexProperty().get() == 1);

        robot.interact(() -> harness.guard().security().lockNow()); // the Preferences' "Lock now"
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> harness.guard().lock().stateProperty().get() == LockViewModel.State.LOCKED);
        robot.clickOn("#lockPassphrase").write(PASSPHRASE);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> harness.guard().lock().stateProperty().get() == LockViewModel.State.OPEN);
        var reopened = harness.ui().screens().documentView().viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> reopened.dataProperty().get() != null && reopened.pageIndexProperty().get() == 1);
        assertThat(reopened).as("the screens were built anew on the reopened vault").isNotSameAs(document);
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.DOCUMENT);
        assertThat(reopened.dataProperty().get().document().id()).isEqualTo(letter);
    }

    @Test
    void aPlainVaultIsEncryptedFromPreferences(FxRobot robot) throws Exception {
        robot.interact(() -> harness = UiHarness.openGuarded(vault(), stage, Passphrase.none(), clock));
        harness.services().cases().create(CaseKind.I_601A, "Rosa Mendez", null);
        robot.interact(() -> harness.ui().applyFontScale(150));
        robot.clickOn("#" + Screen.PREFERENCES.id());
        Parent section = robot.lookup("#securitySection").queryAs(Parent.class);
        robot.interact(() -> scrollTo(section));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenInspector.visible(section)).as("the section is on screen, so the check means something")
                .contains(robot.lookup("#securityAction").query());
        assertThat(ScreenInspector.truncated(section, "security section at 150%")).isEmpty();
        assertThat(ScreenInspector.internalWords(section, "security section")).isEmpty();
        assertThat(text(robot, "#encryptionStatus")).isEqualTo(ENGLISH.get("security.status.plain"));
        assertThat(text(robot, "#idleLockHelp")).isEqualTo(ENGLISH.get("security.idleLockPlain"));
        assertThat(robot.lookup("#idleLockChoice").queryAs(ComboBox.class).isDisabled()).isTrue();
        assertThat(text(robot, "#securityAction")).isEqualTo(ENGLISH.get("security.encryptButton"));
        assertThat(robot.lookup("#lockNowButton").query().isVisible()).as("nothing to lock yet").isFalse();

        robot.interact(() -> {
            robot.lookup("#newPassphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
            robot.lookup("#confirmPassphrase").queryAs(PasswordField.class).setText(PASSPHRASE);
        });
        assertThat(text(robot, "#passphraseHint")).isEqualTo(ENGLISH.get("security.hint.ok"));
        robot.interact(() -> robot.lookup("#securityAction").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#securityMessage").tryQuery()
                .map(n -> ((Labeled) n).getText()).filter(ENGLISH.get("security.encrypted")::equals).isPresent());

        assertThat(header(vault().resolve(VaultLocation.FILE_NAME))).isNotEqualTo("SQLite format 3\0");
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.PREFERENCES);
        assertThat(text(robot, "#encryptionStatus")).isEqualTo(ENGLISH.get("security.status.encrypted"));
        assertThat(robot.lookup("#idleLockChoice").queryAs(ComboBox.class).isDisabled()).isFalse();
        assertThat(text(robot, "#securityAction")).isEqualTo(ENGLISH.get("security.changeButton"));
        assertThat(robot.lookup("#lockNowButton").query().isVisible()).isTrue();
        assertThat(harness.services().vault().encrypted()).isTrue();
        assertThat(harness.services().cases().list()).extracting(Case::applicant).containsExactly("Rosa Mendez");
    }

    /** Scrolls the preferences screen so that {@code node}'s end is in view. */
    private static void scrollTo(Node node) {
        Node parent = node;
        while (!(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) parent;
        double contentHeight = pane.getContent().getLayoutBounds().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        double bottom = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMaxY();
        pane.setVvalue(Math.max(0, Math.min(1, (bottom - viewport) / Math.max(1, contentHeight - viewport))));
        pane.layout();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static String header(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(Arrays.copyOf(in.readNBytes(16), 16), StandardCharsets.ISO_8859_1);
        }
    }
}
