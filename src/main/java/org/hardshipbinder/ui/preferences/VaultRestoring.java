package org.hardshipbinder.ui.preferences;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.RestoreResult;
import org.hardshipbinder.vault.RestoreStep;

/** What the Preferences screen needs to restore the vault from a backup; the window supplies it. */
public interface VaultRestoring {

    Path vaultDirectory();

    /** Whether the backup is encrypted (its key file lies beside it). Background thread. */
    boolean encryptedBackup(Path backup);

    /** Closes the vault, restores, and opens the vault again (the restored one, or the one as it was). Background thread. */
    RestoreResult restore(Path backup, Passphrase passphrase, Consumer<RestoreStep> progress);

    /** UI thread, after {@link #restore}: the window shows the vault now open, and says {@code message}. */
    void reopened(boolean restored, String message);
}
