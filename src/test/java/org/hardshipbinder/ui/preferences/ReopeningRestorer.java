package org.hardshipbinder.ui.preferences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;
import org.hardshipbinder.vault.VaultRestore;
import org.hardshipbinder.wiring.Services;

/**
 * The restore as the window does it, on a real vault and without a window: close the vault, restore, open again (the
 * restored vault with the backup's passphrase, the vault as it was with its own). The window's own restorer is tried
 * by RestoreWindowTest.
 */
final class ReopeningRestorer implements VaultRestoring, AutoCloseable {

    private final Path directory;
    private Passphrase passphrase;
    private Services services;
    private final Consumer<Notice> notices;

    ReopeningRestorer(Path directory, Passphrase passphrase, Consumer<Notice> notices) {
        this.directory = directory;
        this.passphrase = passphrase;
        this.notices = notices;
        this.services = Services.open(directory, AccessMode.READ_WRITE, passphrase);
    }

    Services services() {
        return services;
    }

    @Override
    public Path vaultDirectory() {
        return directory;
    }

    @Override
    public boolean encryptedBackup(Path backup) {
        return Files.isRegularFile(VaultRestore.keyFileOf(backup.toAbsolutePath()));
    }

    @Override
    public RestoreResult restore(Path backup, Passphrase given, Consumer<RestoreStep> progress) {
        services.close();
        RestoreResult result = Services.restorer().restore(directory, backup, given, progress);
        if (result instanceof RestoreResult.Restored restored) {
            passphrase = restored.encrypted() ? given : Passphrase.none();
        }
        services = Services.open(directory, AccessMode.READ_WRITE, passphrase);
        return result;
    }

    @Override
    public void reopened(boolean restored, String message) {
        notices.accept(new Notice(restored ? Notice.Kind.INFORMATION : Notice.Kind.WARNING, message, List.of()));
    }

    @Override
    public void close() {
        services.close();
    }
}
