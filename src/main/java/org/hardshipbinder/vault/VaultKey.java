package org.hardshipbinder.vault;

import java.util.Arrays;
import java.util.HexFormat;

/** The 32-byte key of an encrypted vault, derived from the passphrase. Never printed: toString hides it. */
public final class VaultKey {

    public static final int LENGTH = 32;

    private final byte[] bytes;

    public VaultKey(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a vault key has " + LENGTH + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** The form SQLite3 Multiple Ciphers takes for a raw key (used as is, no second key derivation). */
    String sqlKey() {
        return "raw:" + HexFormat.of().formatHex(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** Another key with the same bytes, for work that outlives the vault that holds this one. */
    VaultKey copy() {
        return new VaultKey(bytes);
    }

    /** Overwrites the bytes held here (the vault is closing or locked); the key is useless afterwards. */
    void destroy() {
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VaultKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "VaultKey[hidden]";
    }
}
