package org.hardshipbinder.app;

import java.nio.file.Path;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.desktop.VaultOpener;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/** Opens the window's vault again after a lock, in the folder and mode the app opened it in at start. */
record ReopenVault(Path vaultDir, AccessMode mode) implements VaultOpener {

    @Override
    public Services open(Passphrase passphrase) {
        VaultOpening outcome = VaultOpening.attempt(vaultDir, mode, passphrase);
        if (outcome instanceof VaultOpening.Opened opened) {
            return opened.services();
        }
        if (outcome instanceof VaultOpening.Locked locked) {
            throw locked.reason();
        }
        if (outcome instanceof VaultOpening.Unavailable unavailable) {
            throw unavailable.reason();
        }
        if (outcome instanceof VaultOpening.InUse inUse) {
            throw inUse.reason();
        }
        throw new VaultUnavailableException(UserMessage.of("vault.cannotOpen", vaultDir, ""), "unknown outcome", null);
    }
}
