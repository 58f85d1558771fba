package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Encrypts a plain vault or changes an encrypted vault's passphrase, so that a kill at any moment leaves a vault that
 * opens with the old passphrase or the new one. The work is done on a copy, so that the database and its key
 * parameters change together: {@code VACUUM INTO} beside the vault, rekey the copy, check that it opens with the new
 * key, then swap (the copy's move is the commit point; the new key parameters follow it, and
 * {@link #finishInterrupted} completes that second move if a kill came between the two).
 */
public final class VaultRekey {

    public enum Outcome { DONE, ALREADY_ENCRYPTED, NOT_ENCRYPTED }

    static final String COPY = VaultLocation.FILE_NAME + ".rekey";
    static final String NEW_PARAMETERS = KeyParameters.FILE_NAME + ".new";

    private VaultRekey() {
    }

    /** A plain vault → encrypted with {@code next}. */
    public static Outcome encrypt(Path directory, Passphrase next) {
        return rekey(directory, Passphrase.none(), next, false);
    }

    /** An encrypted vault → the same vault under {@code next} (a new salt, a new key). */
    public static Outcome changePassphrase(Path directory, Passphrase current, Passphrase next) {
        return rekey(directory, current, next, true);
    }

    private static Outcome rekey(Path directory, Passphrase current, Passphrase next, boolean mustBeEncrypted) {
        Path dir = directory.toAbsolutePath();
        Path copy = dir.resolve(COPY);
        Path newParameters = dir.resolve(NEW_PARAMETERS);
        if (Files.isRegularFile(KeyParameters.fileIn(dir)) != mustBeEncrypted) {
            return mustBeEncrypted ? Outcome.NOT_ENCRYPTED : Outcome.ALREADY_ENCRYPTED;
        }
        VaultKey oldKey;
        try (Vault vault = Vault.open(dir, AccessMode.READ_WRITE, current)) {
            if (vault.encrypted() != mustBeEncrypted) {
                return vault.encrypted() ? Outcome.ALREADY_ENCRYPTED : Outcome.NOT_ENCRYPTED;
            }
            oldKey = vault.key() == null ? null : vault.key().copy(); // the vault forgets its own on close
            Files.deleteIfExists(copy);
            vault.read(c -> {
                copyWithEncryptedPages(c, copy);
                return null;
            });
        } catch (IOException e) {
            throw new VaultException("could not copy the vault: " + e.getMessage(), e);
        }
        try (FileChannel channel = FileChannel.open(dir.resolve("vault.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new VaultInUseException(dir.toString());
            }
            KeyParameters parameters = KeyParameters.fresh();
            VaultKey newKey = next.derive(parameters).orElseThrow();
            try {
                rekeyCopy(copy, oldKey, newKey);
            } finally {
                newKey.destroy();
            }
            parameters.writeTo(newParameters);
            Files.move(copy, dir.resolve(VaultLocation.FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(newParameters, KeyParameters.fileIn(dir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.DONE;
        } catch (IOException | SQLException e) {
            throw new VaultException("could not re-encrypt the vault: " + e.getMessage(), e);
        } finally {
            if (oldKey != null) {
                oldKey.destroy();
            }
            deleteQuietly(copy);
            deleteQuietly(copyJournal(copy));
            deleteQuietly(newParameters);
        }
    }

    /**
     * {@code VACUUM INTO} the copy with the page size of a new encrypted vault (the copy is rebuilt anyway, so an
     * older vault gets the smaller pages here). The connection is a pooled reader: its own page size setting, which
     * only a later {@code VACUUM} would read, is put back.
     */
    private static void copyWithEncryptedPages(Connection c, Path copy) throws SQLException {
        long own = Jdbc.count(c, "PRAGMA page_size");
        try (var st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + VaultConnections.pageSize(true));
            try (var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, copy.toString());
                ps.execute();
            }
        } finally {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA page_size = " + own);
            }
        }
    }

    /**
     * Rekeys the copy (SQLite3 Multiple Ciphers rekeys only with a rollback journal), then checks it opens with the new
     * key. It stays in rollback journal mode, the mode of an encrypted vault (the vault's writer sets it again on open).
     */
    private static void rekeyCopy(Path copy, VaultKey oldKey, VaultKey newKey) throws SQLException {
        Properties old = oldKey == null ? new Properties() : VaultKeys.keyed(new Properties(), oldKey);
        try (Connection c = SqliteLibrary.connect(copy, old); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.executeQuery("SELECT sqlite3mc_config('cipher', 'chacha20')").close();
            st.execute("PRAGMA rekey = '" + newKey.sqlKey() + "'");
        }
        try (Connection c = SqliteLibrary.connect(copy, VaultKeys.keyed(new Properties(), newKey));
             var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA quick_check")) {
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                throw new SQLException("the re-encrypted copy does not check");
            }
        }
    }

    /**
     * Completes or undoes a change a kill interrupted; called with the vault's lock held, before it is opened. A copy
     * still beside the vault means the swap never happened (the old vault and key stand); new parameters without a
     * copy mean the new vault is in place and only its parameters are left to move.
     */
    static void finishInterrupted(Path dir) throws IOException {
        Path copy = dir.resolve(COPY);
        Path newParameters = dir.resolve(NEW_PARAMETERS);
        if (Files.exists(copy)) {
            Files.delete(copy);
            Files.deleteIfExists(copyJournal(copy));
            Files.deleteIfExists(newParameters);
        } else if (Files.exists(newParameters)) {
            Files.move(newParameters, KeyParameters.fileIn(dir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The copy's rollback journal, which a kill while it is rekeyed leaves beside it. */
    private static Path copyJournal(Path copy) {
        return copy.resolveSibling(copy.getFileName() + "-journal");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover is cleaned up the next time the vault opens.
        }
    }
}
