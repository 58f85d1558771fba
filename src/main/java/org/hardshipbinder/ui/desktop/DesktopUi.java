package org.hardshipbinder.ui.desktop;

import java.util.Locale;
import java.util.Map;
import javafx.scene.Parent;
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
import org.hardshipbinder.ui.security.VaultSecurityViewModel;
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

    private Services services;
    private final AppPreferences preferences;
    private TaskRunner tasks;
    private final Notifier notifier;
    private final Activity activity;
    private final Scene scene;
    private ScreenSet screens;
    private VaultSecurityViewModel security;
    private org.hardshipbinder.ui.preferences.VaultRestoring restoring;
    /** Where the user was when the screens were covered (the vault locked), to return there. */
    private Place coveredAt;

    /** The open case, the screen, and on the document screen the document and page. */
    private record Place(Case openCase, Screen screen, long documentId, int page) {
    }

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
        showFontScale();
        installShortcuts();
        screens.window().show(Screen.START);
    }

    private ScreenSet build(Locale locale) {
        UiText text = new UiText(new Messages(locale), services.factors().catalog());
        return new ScreenSet(services, preferences, tasks, notifier, activity, text, this::switchLanguage, this::applyFontScale,
                () -> security, () -> restoring);
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
        showFontScale();
        activity.speak(screens.text());
        installShortcuts();
        if (open != null) {
            screens.window().openCase(open);
        }
        screens.window().show(showing == null || showing == Screen.DOCUMENT ? Screen.START : showing);
    }

    /** The vault's encryption and idle lock in Preferences; set before the preferences screen is first shown. */
    public void setSecurity(VaultSecurityViewModel security) {
        this.security = security;
    }

    /** Restore from a backup in Preferences; set by the guard when this window may close and reopen its vault. */
    public void setRestoring(org.hardshipbinder.ui.preferences.VaultRestoring restoring) {
        this.restoring = restoring;
    }

    /**
     * After a restore (done or refused) the vault was opened again as {@code reopened}: every screen is rebuilt on it
     * with no case open (the restored vault may not hold the one that was), Preferences shown, and {@code notice} said.
     */
    public void restored(Services reopened, org.hardshipbinder.ui.notify.Notice notice) {
        coveredAt = null;
        rebuildOn(reopened);
        screens.window().show(Screen.PREFERENCES);
        notifier.notify(notice);
    }

    /** Every screen built anew on {@code reopened}, in the language shown, the status bar ready. */
    private void rebuildOn(Services reopened) {
        services = reopened;
        screens = build(preferences.language());
        scene.setRoot(screens.window().root());
        showFontScale();
        activity.speak(screens.text());
        activity.finish(org.hardshipbinder.ui.task.Phrase.of("ui.status.ready"));
        installShortcuts();
    }

    /** The runner of the screens' background work (a new one after the vault reopened). */
    public TaskRunner tasks() {
        return tasks;
    }

    public Services services() {
        return services;
    }

    /**
     * The vault is about to close (it locks, or is re-encrypted): the long task of the status bar is cancelled (it
     * stops at its next step), and the screens' task runner stops taking work and delivering results. Returns that
     * runner, so the caller can wait for its work in flight before closing the vault.
     */
    public TaskRunner suspend() {
        if (coveredAt == null) {
            coveredAt = place();
        }
        activity.cancel();
        tasks.retire();
        return tasks;
    }

    /** Puts {@code cover} in place of the screens (lock screen, work notice); their shortcuts rest meanwhile. */
    public void cover(Parent cover) {
        scene.getAccelerators().clear();
        scene.setRoot(cover);
        cover.setStyle(screens.window().root().getStyle());
    }

    /**
     * The vault opened again as {@code reopened}: every screen is built anew on it and shown where the user was
     * (the same case, screen, and document page).
     */
    public void reopen(Services reopened) {
        Place at = coveredAt == null ? place() : coveredAt;
        coveredAt = null;
        tasks = tasks.fresh();
        rebuildOn(reopened);
        if (at.openCase() != null) {
            screens.window().openCase(at.openCase());
        }
        if (at.screen() == Screen.DOCUMENT && at.documentId() > 0) {
            screens.window().openDocument(at.documentId(), at.page(), "");
        } else if (at.screen() == Screen.DOCUMENT) {
            // a document still loading when the vault locked: its case's list (openCase shows it)
            screens.window().show(at.openCase() == null ? Screen.START : Screen.DOCUMENTS);
        } else {
            screens.window().show(at.screen() == null ? Screen.START : at.screen());
        }
    }

    public UiText text() {
        return screens.text();
    }

    private Place place() {
        Case open = screens.window().currentCase().orElse(null);
        Screen showing = screens.window().currentScreenProperty().get();
        long documentId = 0;
        int page = 1;
        if (showing == Screen.DOCUMENT) {
            var viewModel = screens.documentView().viewModel();
            if (viewModel.dataProperty().get() != null) {
                documentId = viewModel.dataProperty().get().document().id();
                page = Math.max(1, viewModel.pageIndexProperty().get() + 1);
            }
        }
        return new Place(open, showing, documentId, page);
    }

    /** Files given to the app when it started ("Open with"), offered for import into a case. */
    public void offerImport(java.util.List<java.nio.file.Path> files) {
        screens.offerImport(files);
    }

    /** Stores a new text size (percent of the system's) and shows it at once. */
    public void applyFontScale(int percent) {
        preferences.setFontScale(percent);
        showFontScale();
    }

    /**
     * Shows the stored text size; every size of the style sheet is in em, so the layouts follow. Nothing is written:
     * a start does not touch the preferences file.
     */
    private void showFontScale() {
        double size = Math.round(Font.getDefault().getSize() * preferences.fontScale() / 10.0) / 10.0;
        screens.window().root().setStyle("-fx-font-size: " + size + "px;");
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
