package org.hardshipbinder.ui.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.preferences.VaultRestoring;
import org.hardshipbinder.ui.security.Reopened;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;
import org.hardshipbinder.vault.VaultRestore;

/**
 * Restores the window's vault from a backup: the vault is closed (a restore needs its lock, ADR 0002), restored, and
 * opened again — the restored vault with the backup's passphrase, or after a refusal the vault as it was. The window
 * no longer holds the passphrase it was opened with, so an encrypted vault left as it was asks for it on the lock
 * screen.
 */
final class SessionRestoring implements VaultRestoring {

    private final VaultSwitch vault;
    private final DesktopUi ui;
    private final Consumer<UserMessage> askPassphrase;
    private final Runnable reopenedVault;
    private volatile Reopened reopened = new Reopened.Opened();

    /** {@code askPassphrase}: the lock screen; {@code reopenedVault}: what else follows the vault opened again. */
    SessionRestoring(VaultSwitch vault, DesktopUi ui, Consumer<UserMessage> askPassphrase, Runnable reopenedVault) {
        this.vault = vault;
        this.ui = ui;
        this.askPassphrase = askPassphrase;
        this.reopenedVault = reopenedVault;
    }

    @Override
    public Path vaultDirectory() {
        return vault.directory();
    }

    @Override
    public boolean encryptedBackup(Path backup) {
        return Files.isRegularFile(VaultRestore.keyFileOf(backup.toAbsolutePath()));
    }

    @Override
    public RestoreResult restore(Path backup, Passphrase passphrase, Consumer<RestoreStep> progress) {
        vault.close();
        RestoreResult result = vault.restore(backup, passphrase, progress);
        boolean restoredEncrypted = result instanceof RestoreResult.Restored restored && restored.encrypted();
        reopened = vault.open(restoredEncrypted ? passphrase : Passphrase.none());
        return result;
    }

    @Override
    public void reopened(boolean restored, String message) {
        reopenedVault.run();
        Notice notice = new Notice(restored ? Notice.Kind.INFORMATION : Notice.Kind.WARNING, message, List.of());
        if (vault.isOpen()) {
            ui.restored(vault.services(), notice);
            return;
        }
        askPassphrase.accept(reopened instanceof Reopened.Failed failed ? failed.reason()
                : UserMessage.of("restore.unlockAgain", message));
    }
}
