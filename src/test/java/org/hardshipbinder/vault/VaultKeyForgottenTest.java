package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A closed vault keeps no usable key in memory, and the open one tells a right passphrase from a wrong one. */
class VaultKeyForgottenTest {

    @TempDir
    Path dir;

    @Test
    void closingOverwritesTheKeyAndAPassphraseIsCheckedAgainstTheOpenVault() {
        Vault vault = Vault.open(dir, AccessMode.READ_WRITE, Passphrase.of("maple river lantern".toCharArray()));
        VaultKey key = vault.key();
        assertThat(key.bytes()).as("a real key").isNotEqualTo(new byte[VaultKey.LENGTH]);
        assertThat(vault.unlocksWith(Passphrase.of("maple river lantern".toCharArray()))).isTrue();
        assertThat(vault.unlocksWith(Passphrase.of("maple river lanterN".toCharArray()))).isFalse();
        assertThat(vault.unlocksWith(Passphrase.none())).isFalse();

        vault.close();
        assertThat(key.bytes()).as("overwritten on close").isEqualTo(new byte[VaultKey.LENGTH]);
        try (Vault again = Vault.open(dir, AccessMode.READ_WRITE, Passphrase.of("maple river lantern".toCharArray()))) {
            assertThat(again.encrypted()).isTrue();
        }
    }

    @Test
    void aPlainVaultOpensWithoutAPassphraseOnly() {
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE)) {
            assertThat(vault.unlocksWith(Passphrase.none())).isTrue();
            assertThat(vault.unlocksWith(Passphrase.of("anything at all".toCharArray()))).isFalse();
        }
    }

    @Test
    void aClearedPassphraseNoLongerOpensTheVault() {
        Passphrase typed = Passphrase.of("maple river lantern".toCharArray());
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE, typed)) {
            typed.clear();
            assertThat(vault.unlocksWith(typed)).isFalse();
        }
    }
}
