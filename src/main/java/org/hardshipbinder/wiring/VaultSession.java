package org.hardshipbinder.wiring;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;

/**
 * The window's open vault, which a restore replaces: the vault is closed (the restore needs its lock, ADR 0002),
 * the backup restored into its folder, and the vault opened again — the restored one with the passphrase of the
 * backup, or after a refusal the vault as it was with the passphrase it was opened with.
 */
public final class VaultSession implements AutoCloseable {

    private Services services;
    private Passphrase passphrase;
    private final Path directory;

    public VaultSession(Services services, Passphrase passphrase) {
        this.services = services;
        this.passphrase = passphrase;
        this.directory = services.vault().directory();
    }

    public synchronized Services services() {
        return services;
    }

    public Path directory() {
        return directory;
    }

    /** Whether a restore may run: only a window that holds the vault for writing can close and reopen it. */
    public synchronized boolean canRestore() {
        return services.vault().mode() == AccessMode.READ_WRITE;
    }

    /**
     * Runs on a background thread. A vault that cannot be opened again afterwards throws the reason
     * ({@code VaultUnavailableException}) and leaves the session closed.
     */
    public synchronized RestoreResult restore(Path backup, Passphrase backupPassphrase, Consumer<RestoreStep> progress) {
        services.close();
        RestoreResult result = Services.restorer().restore(directory, backup, backupPassphrase, progress);
        if (result instanceof RestoreResult.Restored restored) {
            passphrase = restored.encrypted() ? backupPassphrase : Passphrase.none();
        }
        services = Services.open(directory, AccessMode.READ_WRITE, passphrase);
        return result;
    }

    @Override
    public synchronized void close() {
        services.close();
    }
}
