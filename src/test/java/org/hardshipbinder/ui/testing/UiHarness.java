package org.hardshipbinder.ui.testing;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import java.time.Clock;
import org.hardshipbinder.ui.desktop.DesktopUi;
import org.hardshipbinder.ui.desktop.VaultGuard;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.prefs.MemoryPreferenceStore;
import org.hardshipbinder.ui.task.BackgroundThreads;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/** The real window on a vault of the test's own, with background work on a real thread pool like the app. */
public final class UiHarness implements AutoCloseable {

    private final Services services;
    private final ExecutorService background;
    private final DesktopUi ui;
    private VaultGuard guard;
    private final Notifier notifier = new Notifier();
    private final AppPreferences preferences = new AppPreferences(new MemoryPreferenceStore());

    private UiHarness(Path vaultDir, Stage stage, java.util.Locale locale) {
        this(vaultDir, stage, locale, Passphrase.none(), null);
    }

    /** {@code clock}: when given, the idle lock measures idle time on it. */
    private UiHarness(Path vaultDir, Stage stage, java.util.Locale locale, Passphrase passphrase, Clock clock) {
        services = Services.open(vaultDir, AccessMode.READ_WRITE, passphrase);
        background = Executors.newFixedThreadPool(2, new BackgroundThreads("ui-test-background"));
        BackgroundThreads.lowerOptimizingCompilerPriority();
        preferences.setLanguage(locale);
        ui = new DesktopUi(services, preferences, new TaskRunner(background, Platform::runLater, Throwable::printStackTrace),
                notifier);
        stage.setScene(ui.scene());
        // As in the app, the window can lock, re-encrypt and restore its vault (idle time on the test's clock if given).
        guard = new VaultGuard(ui, p -> Services.open(vaultDir, AccessMode.READ_WRITE, p),
                new TaskRunner(background, Platform::runLater, Throwable::printStackTrace),
                clock == null ? Clock.systemDefaultZone() : clock, preferences);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        stage.setWidth(Math.min(1366, screen.getWidth()));
        stage.setHeight(Math.min(768, screen.getHeight()));
        stage.show();
    }

    /**
     * Makes Monocle's headless screen a 1366×768 laptop screen. Call from a static initializer of the test class, so
     * it runs before the toolkit starts; if another test started it first, the window is clamped to that screen.
     */
    public static void laptopScreen() {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    /** Call from a TestFX {@code @Start} method (on the FX thread). */
    public static UiHarness open(Path vaultDir, Stage stage) {
        return new UiHarness(vaultDir, stage, java.util.Locale.ENGLISH);
    }

    public static UiHarness open(Path vaultDir, Stage stage, java.util.Locale locale) {
        return new UiHarness(vaultDir, stage, locale);
    }

    /**
     * The window with the idle lock and Preferences' encryption, on a vault opened with {@code passphrase} (none: a
     * plain vault) and idle time measured on {@code clock}.
     */
    public static UiHarness openGuarded(Path vaultDir, Stage stage, Passphrase passphrase, Clock clock) {
        return new UiHarness(vaultDir, stage, java.util.Locale.ENGLISH, passphrase, clock);
    }

    /** The services of the open vault (after a lock and unlock, those of the reopened vault). */
    public Services services() {
        return guard == null ? services : guard.services();
    }

    public VaultGuard guard() {
        return guard;
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public DesktopUi ui() {
        return ui;
    }

    public Notifier notifier() {
        return notifier;
    }

    public boolean hasCase(String applicant) {
        return services().cases().list().stream().anyMatch(c -> c.applicant().equals(applicant));
    }

    /** Waits (at most {@code timeout}) until no background task of the window is running. */
    public boolean awaitIdle(java.time.Duration timeout) throws InterruptedException {
        return ui.tasks().awaitIdle(timeout);
    }

    /**
     * Closes as the app does, with more patience for a loaded machine: the window's tasks end (and report nothing
     * more to it) before the vault is closed, so a page or list still loading never finds the vault closed under it.
     */
    @Override
    public void close() {
        try {
            if (!ui.tasks().close(java.time.Duration.ofSeconds(60))) {
                System.err.println("UiHarness: background tasks still running after 60 s; interrupting them");
            }
            background.shutdownNow();
            background.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (guard != null) {
            guard.close();
        } else {
            services.close();
        }
    }
}
