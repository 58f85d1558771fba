package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
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

/** Choosing Español in the preferences rebuilds the window in Spanish at once, on the same screen. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

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
    void switchingToSpanishChangesTheVisibleLabelsWithoutRestart(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#" + Screen.DOCUMENTS.id()).queryAs(ToggleButton.class).getText()).isEqualTo("Documents");
        assertThat(robot.lookup("#newCaseButton").queryLabeled().getText()).isEqualTo("New case…");

        robot.clickOn("#" + Screen.PREFERENCES.id());
        ComboBox<Locale> language = robot.lookup("#languageChoice").queryComboBox();
        robot.interact(() -> language.setValue(Locale.forLanguageTag("es"))); // applies at once, no Save needed
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Documentos".equals(robot.lookup("#" + Screen.DOCUMENTS.id()).queryAs(ToggleButton.class).getText()));

        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.PREFERENCES);
        assertThat(robot.lookup("#savePreferences").queryLabeled().getText()).isEqualTo("Guardar");
        assertThat(robot.lookup("#statusText").queryLabeled().getText())
                .isEqualTo(new org.hardshipbinder.i18n.Messages(Locale.forLanguageTag("es")).get("ui.status.ready"));
        assertThat(rawKeys(robot)).isEmpty();

        robot.clickOn("#" + Screen.START.id());
        assertThat(robot.lookup("#newCaseButton").queryLabeled().getText()).isEqualTo("Nuevo caso…");
        assertThat(robot.lookup("#sampleCaseButton").queryLabeled().getText()).isEqualTo("Abrir el caso de ejemplo");
        assertThat(rawKeys(robot)).isEmpty();
    }

    /** Any label still showing a bundle key means a key is missing in the language shown. */
    private static List<String> rawKeys(FxRobot robot) {
        return robot.lookup(n -> n instanceof Labeled).queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && t.matches("(ui|kind|role|status|factors?)\\.[A-Za-z0-9_.]+")).toList();
    }

}
