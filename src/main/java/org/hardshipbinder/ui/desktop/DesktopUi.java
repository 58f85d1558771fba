package org.hardshipbinder.ui.desktop;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.task.Activity;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.wiring.Services;

/**
 * Builds the whole window for one interface language and rebuilds it when the user switches language: the open case
 * and screen are kept, every label is read again from the bundles, and no restart is needed.
 */
public final class DesktopUi {

    private final Services services;
    private final AppPreferences preferences;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Activity activity;
    private final Scene scene;
    private ScreenSet screens;

    public DesktopUi(Services services, AppPreferences preferences, TaskRunner tasks, Notifier notifier) {
        this.services = services;
        this.preferences = preferences;
        this.tasks = tasks;
        this.notifier = notifier;
        Locale locale = preferences.language();
        this.activity = new Activity(new UiText(new Messages(locale), services.factors().catalog()));
        this.screens = build(locale);
        this.scene = new Scene(screens.window().root(), 1180, 720);
        scene.getStylesheets().add(DesktopUi.class.getResource("/ui/app.css").toExternalForm());
        applyFontScale(preferences.fontScale());
        installShortcuts();
        screens.window().show(Screen.START);
    }

    private ScreenSet build(Locale locale) {
        UiText text = new UiText(new Messages(locale), services.factors().catalog());
        return new ScreenSet(services, preferences, tasks, notifier, activity, text, this::switchLanguage, this::applyFontScale);
    }

    public Scene scene() {
        return scene;
    }

    public MainWindow window() {
        return screens.window();
    }

    public ScreenSet screens() {
        return screens;
    }

    /** Rebuilds every screen in the new language, on the same case and screen. */
    public void switchLanguage(Locale locale) {
        preferences.setLanguage(locale);
        Case open = screens.window().currentCase().orElse(null);
        Screen showing = screens.window().currentScreenProperty().get();
        screens = build(locale);
        scene.setRoot(screens.window().root());
        applyFontScale(preferences.fontScale());
        activity.speak(screens.text());
        installShortcuts();
        if (open != null) {
            screens.window().openCase(open);
        }
        screens.window().show(showing == null || showing == Screen.DOCUMENT ? Screen.START : showing);
    }

    /** Files given to the app when it started ("Open with"), offered for import into a case. */
    public void offerImport(java.util.List<java.nio.file.Path> files) {
        screens.offerImport(files);
    }

    /** Text size in percent of the system's; every size of the style sheet is in em, so the layouts follow. */
    public void applyFontScale(int percent) {
        preferences.setFontScale(percent);
        double size = Font.getDefault().getSize() * preferences.fontScale() / 100.0;
        screens.window().root().setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    private void installShortcuts() {
        Map<KeyCombination, Runnable> accelerators = scene.getAccelerators();
        accelerators.clear();
        accelerators.putAll(screens.window().screenShortcuts());
        accelerators.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), () -> screens.importFiles());
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> screens.search());
        accelerators.put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> screens.printIndex());
        accelerators.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> screens.undo());
    }
}
