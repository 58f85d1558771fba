package org.hardshipbinder.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.ui.desktop.DesktopUi;
import org.hardshipbinder.ui.desktop.VaultGuard;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.notify.PopupNotifier;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.prefs.JavaPreferenceStore;
import org.hardshipbinder.ui.task.BackgroundThreads;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.wiring.Services;

/** The desktop app: opens the vault (read-only or quit when another window has it) and shows the main window. */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    /** Tests set this to run the app on a vault of their own. */
    public static final String VAULT_PROPERTY = "hardshipbinder.vault";
    private static final String TESSDATA_PROPERTY = "hardshipbinder.tessdata";

    /** Background work yields to the window (ADR ui-0002). */
    private final ExecutorService background = Executors.newFixedThreadPool(2, new BackgroundThreads("background-task"));
    private Services services;
    private VaultGuard guard;
    private DesktopUi ui;
    private AppPreferences preferences;
    private Path vaultDir;
    private VaultOpening opening;
    /** What unlocked the vault (none for a plain one); kept so a read-only open after "in use" can use it too. */
    private Passphrase passphrase = Passphrase.none();

    /** Starts the window; the files of the request are passed on as the application's parameters. */
    static void launchApp(LaunchRequest request) {
        if (request.vault() != null) {
            System.setProperty(VAULT_PROPERTY, request.vault().toAbsolutePath().toString());
        }
        Application.launch(DesktopApp.class, request.files().stream().map(Path::toString).toArray(String[]::new));
    }

    /**
     * Runs on the launcher thread before the window exists: reads the preferences and opens (and migrates) the
     * vault, so the JavaFX thread never waits on the disk.
     */
    @Override
    public void init() {
        // The JavaFX thread is idle until start(): it loads meanwhile what the window needs whatever it shows.
        Platform.runLater(DesktopApp::loadStyleAndFonts);
        preferences = new AppPreferences(JavaPreferenceStore.forUser());
        if (!preferences.tessdataFolder().isBlank() && System.getProperty(TESSDATA_PROPERTY) == null) {
            // the OCR service reads this when it is first built; the preference names a folder with more languages
            System.setProperty(TESSDATA_PROPERTY, preferences.tessdataFolder());
        }
        vaultDir = VaultLocation.resolveForThisMachine(explicitVault(preferences));
        opening = VaultOpening.attempt(vaultDir, AccessMode.READ_WRITE, passphrase);
    }

    /**
     * The default style sheet (JavaFX's own, loaded when the first control class is initialised) and the window's
     * regular and bold fonts: one-time work of the first window, done while the launcher thread opens the vault.
     */
    private static void loadStyleAndFonts() {
        new Label();
        Font regular = Font.getDefault();
        for (Font font : List.of(regular, Font.font(regular.getFamily(), FontWeight.BOLD, regular.getSize()))) {
            Text sample = new Text("Hardship Binder 0123456789");
            sample.setFont(font);
            sample.getLayoutBounds();
        }
    }

    @Override
    public void start(Stage stage) {
        // On a background thread (it reads /proc and loads JNA): the window does not wait for it.
        background.execute(BackgroundThreads::lowerOptimizingCompilerPriority);
        UiText text = new UiText(new Messages(preferences.language()));
        proceed(stage, opening, text);
    }

    private void proceed(Stage stage, VaultOpening outcome, UiText text) {
        if (outcome instanceof VaultOpening.Locked locked) {
            unlock(stage, locked, text);
            return;
        }
        if (outcome instanceof VaultOpening.InUse inUse && askReadOnly(inUse, text)) {
            // the read-only open goes to a background thread too; the window appears when it is done
            VaultOpening.inBackground(vaultDir, AccessMode.READ_ONLY, passphrase, background)
                    .whenComplete((readOnly, failure) -> Platform.runLater(() -> {
                        if (failure != null) {
                            LOG.log(Level.SEVERE, "cannot open vault read-only", failure);
                        }
                        show(stage, failure == null ? readOnly : null, text);
                    }));
            return;
        }
        show(stage, outcome, text);
    }

    /** Asks for the passphrase, then opens on a background thread (Argon2id is slow on purpose); asks again if wrong. */
    private void unlock(Stage stage, VaultOpening.Locked locked, UiText text) {
        Optional<char[]> entered = PassphraseDialog.ask(text, locked.reason().userMessage(), preferences.fontScale());
        if (entered.isEmpty()) {
            Platform.exit();
            return;
        }
        passphrase.clear(); // the last one, wrong
        passphrase = Passphrase.of(entered.get());
        Arrays.fill(entered.get(), '\0');
        VaultOpening.inBackground(vaultDir, AccessMode.READ_WRITE, passphrase, background)
                .whenComplete((outcome, failure) -> Platform.runLater(() -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "cannot open vault", failure);
                    }
                    proceed(stage, failure == null ? outcome : null, text);
                }));
    }

    private void show(Stage stage, VaultOpening outcome, UiText text) {
        if (outcome instanceof VaultOpening.Unavailable unavailable) {
            LOG.log(Level.SEVERE, "cannot open vault", unavailable.reason());
            new Alert(Alert.AlertType.ERROR, text.error(unavailable.reason())).showAndWait();
            Platform.exit();
            return;
        }
        if (!(outcome instanceof VaultOpening.Opened opened)) {
            Platform.exit();
            return;
        }
        services = opened.services();
        TaskRunner tasks = new TaskRunner(background, Platform::runLater,
                e -> LOG.log(Level.WARNING, "background task failed", e));
        ui = new DesktopUi(services, preferences, tasks, new PopupNotifier(() -> stage));
        fitToScreen(stage);
        stage.setTitle(text.get("app.title") + (services.vault().mode() == AccessMode.READ_ONLY
                ? " — " + text.get("ui.vault.readOnlyTitle") : ""));
        stage.setScene(ui.scene());
        // The idle lock and Preferences' encryption close and reopen the vault the way it was opened here.
        guard = new VaultGuard(ui, new ReopenVault(vaultDir, services.vault().mode()),
                new TaskRunner(background, Platform::runLater, e -> LOG.log(Level.WARNING, "vault lock task failed", e)),
                Clock.systemDefaultZone(), preferences);
        passphrase.clear();
        passphrase = Passphrase.none();
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        List<Path> files = getParameters().getRaw().stream().map(Path::of).toList();
        if (!files.isEmpty() && services.vault().mode() == AccessMode.READ_WRITE) {
            Platform.runLater(() -> ui.offerImport(files));
        }
    }

    private static Path explicitVault(AppPreferences preferences) {
        String property = System.getProperty(VAULT_PROPERTY);
        if (property != null) {
            return Path.of(property);
        }
        return preferences.vaultFolder().isBlank() ? null : Path.of(preferences.vaultFolder());
    }

    /** A 1366×768 laptop shows the whole window; larger screens get a comfortable size, not the full screen. */
    private static void fitToScreen(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, bounds.getWidth()));
        stage.setHeight(Math.min(800, bounds.getHeight()));
    }

    /** Another window has the vault: read-only, or quit. */
    private static boolean askReadOnly(VaultOpening.InUse inUse, UiText text) {
        ButtonType readOnly = new ButtonType(text.get("ui.vault.openReadOnly"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(text.get("ui.vault.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text.format(inUse.reason().userMessage()), readOnly, quit);
        alert.setHeaderText(text.get("ui.vault.inUseTitle"));
        return alert.showAndWait().filter(readOnly::equals).isPresent();
    }

    /**
     * Work still running (a page loading, a check) ends before the vault it reads is closed: no new task starts and
     * none reports to the closed window; short ones get a moment to finish, long ones (recognition) are interrupted.
     */
    @Override
    public void stop() {
        try {
            // the screens' runner of the moment (a new one after an unlock or a restore)
            if (ui != null && !ui.tasks().close(Duration.ofSeconds(3))) {
                LOG.info("interrupting background tasks still running at exit");
            }
            background.shutdownNow();
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("background tasks still running when the vault closes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (guard != null) {
            guard.close();
        } else if (services != null) {
            services.close();
        }
    }
}
