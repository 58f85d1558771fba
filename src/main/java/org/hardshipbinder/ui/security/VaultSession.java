package org.hardshipbinder.ui.security;

import org.hardshipbinder.vault.Passphrase;

/**
 * The open vault as the lock screen and the passphrase forms see it. Apart from the two questions, every method is
 * slow (Argon2id, a copy of the vault, waiting for work to end) and runs off the window's thread.
 */
public interface VaultSession {

    /** Whether the vault is encrypted at rest (a plain vault has no key to drop, so nothing to lock). */
    boolean encrypted();

    /** Whether this window may change the vault (not when it opened it read-only because another window has it). */
    boolean writable();

    /** Whether the vault is open right now (not locked, not being re-encrypted). */
    boolean isOpen();

    /** Whether {@code passphrase} opens this vault; checked before anything is closed. */
    boolean unlocksWith(Passphrase passphrase);

    /** Waits for the screens' work still running to end, then closes the vault and overwrites its key in memory. */
    void close();

    /** Opens the vault again with {@code passphrase} (none for a plain vault). */
    Reopened open(Passphrase passphrase);

    /** With the vault closed: encrypts the plain vault under {@code next}. Throws when it could not (nothing changed). */
    void encrypt(Passphrase next);

    /** With the vault closed: the encrypted vault under {@code next}. Throws when it could not (nothing changed). */
    void changePassphrase(Passphrase current, Passphrase next);
}
