package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.hardshipbinder.model.UserMessage;
import org.sqlite.SQLiteErrorCode;

/**
 * Checks the staged copy of a backup before anything else: it is a SQLite database (or an encrypted one whose key
 * file came with it and that the passphrase opens), it is a vault of this app (its application id, or for a backup
 * older than that id the foundation tables), its schema is not newer than this app's, and SQLite's integrity check passes.
 */
final class BackupCheck {

    /** The copy is a vault of this app at schema {@code version}. */
    record Sound(int version) {
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> FOUNDATION = List.of("cases", "people", "documents", "original_chunks", "pages", "audit_log");

    private BackupCheck() {
    }

    /** A {@link Sound} copy, or the {@link RestoreResult.Refused} saying what is wrong with {@code backup}. */
    static Object check(Path staging, Path backup, Passphrase passphrase) throws IOException {
        Path file = staging.resolve(VaultLocation.FILE_NAME);
        String keyName = backup.getFileName() + ".key";
        boolean keyed = Files.isRegularFile(KeyParameters.fileIn(staging));
        if (keyed && startsWithSqliteHeader(file)) {
            // A plain database with a key file left beside it from an older backup of the same name: it is not encrypted.
            Files.delete(KeyParameters.fileIn(staging));
            keyed = false;
        }
        if (!keyed && !startsWithSqliteHeader(file)) {
            return refused("restore.notABackup", backup, keyName);
        }
        VaultKey key = null;
        if (keyed) {
            if (!passphrase.given()) {
                return refused("restore.passphraseNeeded", backup);
            }
            try {
                key = passphrase.derive(KeyParameters.readFrom(staging).orElseThrow()).orElseThrow();
            } catch (IOException malformed) {
                return refused("restore.keyUnreadable", backup.resolveSibling(keyName));
            }
        }
        Properties properties = key == null ? new Properties() : VaultKeys.keyed(new Properties(), key);
        try (Connection c = SqliteLibrary.connect(file, properties)) {
            int applicationId = Jdbc.queryOne(c, "PRAGMA application_id", rs -> rs.getInt(1)).orElse(0);
            int version = Migrator.currentVersion(c);
            boolean ours = applicationId == VaultIdentity.APPLICATION_ID
                    || applicationId == 0 && version >= 1 && hasFoundationTables(c);
            if (!ours) {
                return refused("restore.foreign", backup);
            }
            if (version > Migrator.latestVersion()) {
                return refused("restore.tooNew", backup, version, Migrator.latestVersion());
            }
            List<String> integrity = Jdbc.query(c, "PRAGMA integrity_check", rs -> rs.getString(1));
            if (!integrity.equals(List.of("ok"))) {
                return refused("restore.damaged", backup);
            }
            return new Sound(version);
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return keyed ? refused("restore.wrongPassphrase", backup) : refused("restore.notABackup", backup, keyName);
            }
            return refused("restore.damaged", backup);
        }
    }

    private static boolean hasFoundationTables(Connection c) throws SQLException {
        for (String table : FOUNDATION) {
            if (Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    static RestoreResult.Refused refused(String key, Object... args) {
        return new RestoreResult.Refused(UserMessage.of(key, args));
    }
}
