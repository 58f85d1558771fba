package org.hardshipbinder.vault;

import java.util.Optional;

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
