package org.hardshipbinder.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.ui.MainWindow;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.cases.CasesViewModel;
import org.hardshipbinder.ui.documents.DocumentsViewModel;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.VaultInUseException;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/** The desktop app: opens the vault, wires the view models to the services, and shows the main window. */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    /** Tests set this to run the app on a vault of their own. */
    public static final String VAULT_PROPERTY = "hardshipbinder.vault";

    private final ExecutorService background = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "background-task");
        thread.setDaemon(true);
        return thread;
    });
    private Services services;

    static void launchApp() {
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        UiText text = new UiText(new Messages(Locale.getDefault()));
        Path vaultDir = VaultLocation.resolveForThisMachine(
                System.getProperty(VAULT_PROPERTY) == null ? null : Path.of(System.getProperty(VAULT_PROPERTY)));
        try {
            services = openVault(vaultDir, text);
        } catch (VaultUnavailableException e) {
            LOG.log(Level.SEVERE, "cannot open vault", e);
            new Alert(Alert.AlertType.ERROR, text.error(e)).showAndWait();
            Platform.exit();
            return;
        }
        if (services == null) {
            Platform.exit();
            return;
        }
        TaskRunner tasks = new TaskRunner(background, Platform::runLater,
                e -> LOG.log(Level.WARNING, "background task failed", e));
        CasesViewModel cases = new CasesViewModel(services.cases(), tasks, text);
        DocumentsViewModel documents = new DocumentsViewModel(services.documents(), services.importService(), tasks, text);
        new MainWindow(cases, documents, text).show(stage, text.get("app.title"));
    }

    /** Opens the vault for writing; when another window has it, offers read-only or quit (null means quit). */
    private static Services openVault(Path vaultDir, UiText text) {
        try {
            return Services.open(vaultDir, AccessMode.READ_WRITE);
        } catch (VaultInUseException inUse) {
            ButtonType readOnly = new ButtonType(text.get("ui.vault.openReadOnly"), ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(text.get("ui.vault.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, text.format(inUse.userMessage()), readOnly, quit);
            return alert.showAndWait().filter(readOnly::equals)
                    .map(b -> Services.open(vaultDir, AccessMode.READ_ONLY)).orElse(null);
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
        if (services != null) {
            services.close();
        }
    }
}
