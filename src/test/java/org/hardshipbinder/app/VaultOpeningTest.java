package org.hardshipbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted vault without its passphrase, or with a wrong one, asks again; the right one opens it. */
class VaultOpeningTest {

    @TempDir
    Path dir;

    @Test
    void anEncryptedVaultIsLockedUntilItsPassphraseIsGiven() {
        Passphrase right = Passphrase.of("violet harbour at dawn".toCharArray());
        VaultOpening created = VaultOpening.attempt(dir, AccessMode.READ_WRITE, right);
        assertThat(created).isInstanceOf(VaultOpening.Opened.class);
        ((VaultOpening.Opened) created).services().close();

        assertThat(VaultOpening.attempt(dir, AccessMode.READ_WRITE, Passphrase.none()))
                .isInstanceOfSatisfying(VaultOpening.Locked.class,
                        l -> assertThat(l.reason().userMessage().key()).isEqualTo("vault.passphraseNeeded"));
        assertThat(VaultOpening.attempt(dir, AccessMode.READ_WRITE, Passphrase.of("nope".toCharArray())))
                .isInstanceOfSatisfying(VaultOpening.Locked.class,
                        l -> assertThat(l.reason().userMessage().key()).isEqualTo("vault.wrongPassphrase"));
        VaultOpening opened = VaultOpening.attempt(dir, AccessMode.READ_WRITE, right);
        assertThat(opened).isInstanceOf(VaultOpening.Opened.class);
        ((VaultOpening.Opened) opened).services().close();
    }
}
