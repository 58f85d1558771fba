package org.hardshipbinder.vault;

import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** What the user gave to unlock a vault: a passphrase, or nothing (a plain vault). Never printed. */
public final class Passphrase {

    private static final Passphrase NONE = new Passphrase(null);

    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    public static Passphrase none() {
        return NONE;
    }

    public static Passphrase of(char[] chars) {
        if (chars == null || chars.length == 0) {
            throw new IllegalArgumentException("an empty passphrase");
        }
        return new Passphrase(chars.clone());
    }

    public boolean given() {
        return chars != null;
    }

    Optional<VaultKey> derive(KeyParameters parameters) {
        return given() ? Optional.of(KeyDerivation.derive(chars, parameters)) : Optional.empty();
    }

    /**
     * A 256-bit key for a file sealed with this passphrase (a case export), derived by the same Argon2id as a vault's
     * key with the file's own salt and parameters.
     */
    public SecretKey fileKey(KeyParameters parameters) {
        if (!given()) {
            throw new IllegalStateException("no passphrase given");
        }
        byte[] key = KeyDerivation.derive(chars, parameters).bytes();
        try {
            return new SecretKeySpec(key, "AES");
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** Overwrites the characters held here once they are no longer needed; the passphrase is useless afterwards. */
    public void clear() {
        if (chars != null) {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    @Override
    public String toString() {
        return given() ? "Passphrase[hidden]" : "Passphrase[none]";
    }
}
