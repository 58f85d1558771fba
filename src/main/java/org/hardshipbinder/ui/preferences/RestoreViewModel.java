package org.hardshipbinder.ui.preferences;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;

/**
 * "Restore from a backup…" in Preferences: after the user confirmed, finds out whether the backup needs a passphrase,
 * then runs the restore in the background (the vault closed, the backup checked and put in place, the vault opened
 * again), reporting each step, and hands the outcome to the window.
 */
public final class RestoreViewModel {

    private final VaultRestoring restoring;
    private final TaskRunner tasks;
    private final UiText text;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    /** Set when the chosen backup is encrypted: the view asks for its passphrase, then calls {@link #restore}. */
    private final ObjectProperty<Path> passphraseWanted = new SimpleObjectProperty<>();

    public RestoreViewModel(VaultRestoring restoring, TaskRunner tasks, UiText text) {
        this.restoring = restoring;
        this.tasks = tasks;
        this.text = text;
    }

    /** The sentence the confirmation shows: what happens to the current vault. */
    public String confirmation(Path backup) {
        return text.get("restore.confirmText", backup, restoring.vaultDirectory());
    }

    /** The user confirmed: an encrypted backup first needs its passphrase, a plain one is restored at once. */
    public void start(Path backup) {
        busy.set(true);
        status.set(text.get("restore.step.checking"));
        tasks.run(() -> restoring.encryptedBackup(backup), encrypted -> {
            if (encrypted) {
                busy.set(false);
                status.set("");
                passphraseWanted.set(null);
                passphraseWanted.set(backup);
            } else {
                restore(backup, null);
            }
        }, this::failed);
    }

    /** Restores {@code backup}; {@code passphrase} (cleared afterwards) is null or empty for a plain backup. */
    public void restore(Path backup, char[] passphrase) {
        Passphrase given = passphrase == null || passphrase.length == 0 ? Passphrase.none() : Passphrase.of(passphrase);
        if (passphrase != null) {
            java.util.Arrays.fill(passphrase, '\0');
        }
        passphraseWanted.set(null);
        busy.set(true);
        int last = RestoreStep.values().length - 1;
        tasks.run(progress -> restoring.restore(backup, given, step -> progress.report(step.ordinal(), last, stepText(step))),
                new TaskRunner.Callbacks<RestoreResult>() {
                    @Override
                    public void progress(long done, long total, String message) {
                        status.set(message);
                    }

                    @Override
                    public void succeeded(RestoreResult result) {
                        busy.set(false);
                        String message = describe(result, backup);
                        status.set(message);
                        restoring.reopened(result instanceof RestoreResult.Restored, message);
                    }

                    @Override
                    public void failed(Throwable error) {
                        RestoreViewModel.this.failed(error);
                    }
                });
    }

    private void failed(Throwable error) {
        busy.set(false);
        status.set(text.get("restore.reopenFailed", text.error(error)));
    }

    String stepText(RestoreStep step) {
        return text.get("restore.step." + step.name().toLowerCase(Locale.ROOT));
    }

    /** The outcome in sentences: the refusal, or what was restored, whether it is encrypted, and where the old vault is. */
    String describe(RestoreResult result, Path backup) {
        if (result instanceof RestoreResult.Refused refused) {
            return text.format(refused.reason());
        }
        RestoreResult.Restored restored = (RestoreResult.Restored) result;
        StringBuilder message = new StringBuilder(text.get("restore.done", restoring.vaultDirectory(), backup));
        if (restored.upgraded()) {
            message.append(' ').append(text.get("restore.upgraded", restored.fromVersion(), restored.toVersion()));
        }
        message.append(' ').append(text.get(restored.encrypted() ? "restore.nowEncrypted" : "restore.nowPlain"));
        if (restored.keptAside() != null) {
            message.append(' ').append(text.get("restore.keptAside", restored.keptAside()));
        }
        return message.toString();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Path> passphraseWantedProperty() {
        return passphraseWanted;
    }
}
