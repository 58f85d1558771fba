package org.hardshipbinder.ui.desktop;

import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/**
 * Opens the window's vault again (after a lock or a re-encryption), as the app opened it at start. Slow on purpose
 * (Argon2id) and may migrate: only ever called off the window's thread.
 */
@FunctionalInterface
public interface VaultOpener {

    /** The services on the reopened vault; a wrong passphrase or an unusable vault is refused with its sentence. */
    Services open(Passphrase passphrase) throws VaultUnavailableException;
}
