package org.hardshipbinder.vault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * How the vault's SQLite connections are made: page size of a new file, journal mode and synchronous setting of the
 * writer, page cache and temporary storage of an encrypted vault's connections, secure deletion on the writer.
 */
final class VaultConnections {

    static final int PAGE_SIZE = 65_536;
    /**
     * Pages of a new encrypted vault. Every page read from the file is decrypted and its tag checked whole, and a
     * commit empties the readers' caches: a search after a write (OCR in the background) decrypts every index page it
     * touches, 4 KiB instead of 64 KiB each. Chunks of originals cost the same per byte either way (the cipher, not
     * the page count, sets their price). Measured in docs/benchmarks.md, ADR vault-0005.
     */
    static final int ENCRYPTED_PAGE_SIZE = 4_096;
    /**
     * SQLite's page cache per connection of an encrypted vault, in KiB (SQLite's default is 2,000: 31 pages of 64 KiB).
     * The operating system's file cache holds ciphertext, so every page that falls out of SQLite's cache is decrypted
     * and its tag checked again when next read (about 0.15 ms for a 64 KiB page here); a plain vault re-reads it from
     * the file cache for a few microseconds. The cache fills only with pages actually read, up to this bound.
     */
    static final int ENCRYPTED_CACHE_KIB = 32 * 1024;

    private VaultConnections() {
    }

    /**
     * A new vault gets 64 KiB pages: originals are stored as 1 MiB chunks, which with SQLite's default 4 KiB pages are
     * chains of 256 overflow pages; 64 KiB pages read them 2–4× faster. A new encrypted vault gets
     * {@link #ENCRYPTED_PAGE_SIZE}. The page size must be set before the first page is written, so the file is created
     * here first. Existing vaults keep the page size they were made with.
     */
    static void create(Path dbFile, VaultKey key) throws SQLException {
        Properties properties = key == null ? new Properties() : VaultKeys.keyed(new Properties(), key);
        try (Connection c = SqliteLibrary.connect(dbFile, properties); var st = c.createStatement()) {
            st.execute("PRAGMA page_size = " + pageSize(key != null));
            st.execute("PRAGMA journal_mode = " + journalMode(key));
            // Writes the first page, so the page size is fixed now (switching to WAL does that by itself).
            st.execute("PRAGMA user_version = 0");
        }
    }

    /** The page size a new vault is made with (and {@code vault encrypt} rebuilds a plain one with). */
    static int pageSize(boolean encrypted) {
        return encrypted ? ENCRYPTED_PAGE_SIZE : PAGE_SIZE;
    }

    /**
     * A plain vault runs in WAL mode: readers never wait for the writer. An encrypted one uses a rollback journal
     * (truncated after each commit): SQLite3 Multiple Ciphers encrypts every page it writes to a WAL, then the
     * checkpoint decrypts it there and encrypts it again into the database, three cipher passes per page written
     * against one with a journal (64 one-MiB chunks: 700 ms with a WAL, 270 ms with a journal; plain 220 and 100 ms).
     * The price is that a commit waits for the readers' statements under way, and readers wait for a commit (never
     * longer than the busy timeout: every read in the vault is a short statement; ADR vault-0005).
     */
    static String journalMode(VaultKey key) {
        return key == null ? "WAL" : "TRUNCATE";
    }

    static Connection connect(Path dbFile, boolean readOnly, VaultKey key) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(15_000);
        config.setReadOnly(readOnly);
        if (!readOnly) {
            // WAL mode is kept in the file, a rollback journal's mode is the writing connection's: this switches an
            // encrypted vault made in WAL mode on its first open (the writer opens before any reader, as SQLite
            // requires for leaving WAL; it checkpoints the WAL first).
            config.setJournalMode(SQLiteConfig.JournalMode.valueOf(journalMode(key)));
            // In WAL mode NORMAL never corrupts the database on a crash; at worst the last commit is lost on power loss.
            // With a rollback journal only FULL guarantees that (the journal is synced before the database is written).
            config.setSynchronous(key == null ? SQLiteConfig.SynchronousMode.NORMAL : SQLiteConfig.SynchronousMode.FULL);
        }
        if (key != null) {
            // SQLite3 Multiple Ciphers encrypts the database, its journal and its WAL, not SQLite's temporary files
            // (sorts, transient indices, the copy VACUUM makes): with a key they stay in memory.
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-ENCRYPTED_CACHE_KIB);
        }
        Properties properties = config.toProperties();
        Connection connection = SqliteLibrary.connect(dbFile,
                key == null ? properties : VaultKeys.keyed(properties, key));
        if (!readOnly) {
            secureDelete(connection);
        }
        return connection;
    }

    /**
     * What the writer deletes is overwritten with zeros in the file (and in the WAL frames that carry the change), not
     * merely marked free: text of an emptied trash must not stay readable in free pages. Checked, not assumed.
     */
    private static void secureDelete(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA secure_delete = ON");
            try (var rs = st.executeQuery("PRAGMA secure_delete")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("this SQLite build does not honour secure_delete");
                }
            }
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // The error that matters is the one thrown below.
            }
            throw e;
        }
    }
}
