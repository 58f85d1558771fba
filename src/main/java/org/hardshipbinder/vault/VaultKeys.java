package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.hardshipbinder.model.UserMessage;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.mc.SQLiteMCChacha20Config;

/**
 * Turns what the user gave into the vault's key, and the key into connection settings. The cipher is ChaCha20-Poly1305
 * of SQLite3 Multiple Ciphers: every page carries a tag, so a changed byte is an error, not silently wrong data.
 */
final class VaultKeys {

    interface Opening {
        Connection open() throws SQLException;
    }

    private VaultKeys() {
    }

    /**
     * The key of the vault in {@code dir}, or null for a plain vault. A new vault (no file yet) created with a
     * passphrase gets fresh parameters written first, so it is encrypted from its first byte.
     */
    static VaultKey unlock(Path dir, Path dbFile, Passphrase passphrase, boolean mayCreate) {
        try {
            var parameters = KeyParameters.readFrom(dir);
            if (parameters.isEmpty() && mayCreate && !Files.exists(dbFile) && passphrase.given()) {
                KeyParameters fresh = KeyParameters.fresh();
                fresh.writeTo(KeyParameters.fileIn(dir));
                parameters = java.util.Optional.of(fresh);
            }
            if (parameters.isEmpty()) {
                return null;
            }
            return passphrase.derive(parameters.get()).orElseThrow(() -> new VaultUnavailableException(
                    UserMessage.of("vault.passphraseNeeded", dir), "the vault is encrypted", null));
        } catch (IOException e) {
            throw new VaultUnavailableException(UserMessage.of("vault.cannotOpen", dir, e.getMessage()), e.getMessage(), e);
        }
    }

    /** Opens a connection; with a key, "not a database" means the passphrase is wrong (the cipher's check failed). */
    static Connection refuseWrongKey(Path dir, VaultKey key, Opening opening) throws SQLException {
        try {
            return opening.open();
        } catch (SQLException e) {
            if (key != null && e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
                throw new VaultUnavailableException(UserMessage.of("vault.wrongPassphrase", dir), "wrong passphrase", null);
            }
            throw e;
        }
    }

    /** The connection settings with the raw key and the ChaCha20-Poly1305 cipher added. */
    static Properties keyed(Properties base, VaultKey key) {
        SQLiteMCChacha20Config config = new SQLiteMCChacha20Config().withRawUnsaltedKey(key.bytes());
        config.fromExistingProperties(base);
        return config.build().toProperties();
    }
}
