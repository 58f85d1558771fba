package org.hardshipbinder.ui.desktop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.preferences.VaultRestoring;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;
import org.hardshipbinder.vault.VaultRestore;
import org.hardshipbinder.wiring.VaultSession;

/** Restores through the window's vault session; afterwards the window is rebuilt on the vault opened again. */
public final class SessionRestoring implements VaultRestoring {

    private final VaultSession session;
    private final Consumer<Notice> reopened;

    public SessionRestoring(VaultSession session, Consumer<Notice> reopened) {
        this.session = session;
        this.reopened = reopened;
    }

    @Override
    public Path vaultDirectory() {
        return session.directory();
    }

    @Override
    public boolean encryptedBackup(Path backup) {
        return Files.isRegularFile(VaultRestore.keyFileOf(backup.toAbsolutePath()));
    }

    @Override
    public RestoreResult restore(Path backup, Passphrase passphrase, Consumer<RestoreStep> progress) {
        return session.restore(backup, passphrase, progress);
    }

    @Override
    public void reopened(boolean restored, String message) {
        reopened.accept(new Notice(restored ? Notice.Kind.INFORMATION : Notice.Kind.WARNING, message, List.of()));
    }
}
