package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.hardshipbinder.model.UserMessage;

/**
 * The single-file SQLite vault. One writer connection guarded by a lock (every write is a transaction,
 * nested calls on the same thread join it) and a small pool of reader connections that run beside it.
 * A writer holds an OS file lock so a second window gets a clear "in use" message instead of contention.
 * A plain vault runs in WAL mode; an encrypted one with a rollback journal (see {@link VaultConnections}).
 */
public final class Vault implements AutoCloseable {

    private static final int READERS = 3;
    static final int PAGE_SIZE = VaultConnections.PAGE_SIZE;
    static final int ENCRYPTED_PAGE_SIZE = VaultConnections.ENCRYPTED_PAGE_SIZE;
    static final int ENCRYPTED_CACHE_KIB = VaultConnections.ENCRYPTED_CACHE_KIB;
    static final String SCRATCH_FOLDER = "tmp";

    private final Path directory;
    private final Path file;
    private final VaultKey key;
    private final AccessMode mode;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    /**
     * Idle readers, the one returned last taken first: a thread reading one thing after another (a binder's chunks,
     * successive searches) keeps finding its pages in the same connection's cache instead of in three colder ones;
     * on an encrypted vault every page read from the file is a decryption.
     */
    private final BlockingDeque<Connection> readers = new LinkedBlockingDeque<>(READERS);
    private volatile boolean closed;

    private Vault(Path directory, VaultKey key, AccessMode mode, FileChannel lockChannel, FileLock lock, Connection writer) {
        this.directory = directory;
        this.key = key;
        this.file = directory.resolve(VaultLocation.FILE_NAME);
        this.mode = mode;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.writer = writer;
    }

    public static Vault open(Path directory, AccessMode mode) {
        return open(directory, mode, Passphrase.none());
    }

    /**
     * Opens (or creates) the vault. An encrypted vault (its key parameters lie beside it) needs its passphrase; a vault
     * created while a passphrase is given is encrypted from its first byte. A wrong or missing passphrase is refused
     * with a sentence, before anything is written.
     */
    public static Vault open(Path directory, AccessMode mode, Passphrase passphrase) {
        Path dir = directory.toAbsolutePath();
        Path dbFile = dir.resolve(VaultLocation.FILE_NAME);
        if (mode == AccessMode.READ_ONLY) {
            if (!Files.isRegularFile(dbFile)) {
                throw new VaultUnavailableException(UserMessage.of("vault.missing", dir), "no vault at " + dbFile, null);
            }
            if (VaultRestore.underWay(dir)) {
                throw new VaultUnavailableException(UserMessage.of("vault.restoreUnderWay", dir), "a restore is under way", null);
            }
            Vault vault = new Vault(dir, VaultKeys.unlock(dir, dbFile, passphrase, false), mode, null, null, null);
            vault.fillReaders();
            vault.read(c -> {
                Migrator.requireCurrent(c, dir);
                return null;
            });
            return vault;
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("vault.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = tryLock(channel);
            if (fileLock == null) {
                channel.close();
                throw new VaultInUseException(dir.toString());
            }
            VaultRekey.finishInterrupted(dir);
            VaultRestore.finishInterrupted(dir);
            return openWriter(dir, passphrase, channel, fileLock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new VaultUnavailableException(UserMessage.of("vault.cannotOpen", dir, e.getMessage()), e.getMessage(), e);
        } catch (SQLException e) {
            closeQuietly(channel);
            throw corrupt(dir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /**
     * Opens the vault for writing while the caller already holds its lock (a restore checking the vault it has just
     * put in place): no lock is taken or released, and no interrupted change is finished or rolled back.
     */
    static Vault openLocked(Path directory, Passphrase passphrase) {
        try {
            return openWriter(directory.toAbsolutePath(), passphrase, null, null);
        } catch (SQLException e) {
            throw corrupt(directory.toAbsolutePath(), e);
        }
    }

    private static Vault openWriter(Path dir, Passphrase passphrase, FileChannel channel, FileLock fileLock) throws SQLException {
        Path dbFile = dir.resolve(VaultLocation.FILE_NAME);
        ScratchSpace.clearLeftovers(dir.resolve(SCRATCH_FOLDER));
        VaultKey key = VaultKeys.unlock(dir, dbFile, passphrase, true);
        if (!Files.exists(dbFile)) {
            VaultConnections.create(dbFile, key);
        }
        Connection writer = VaultKeys.refuseWrongKey(dir, key, () -> VaultConnections.connect(dbFile, false, key));
        Vault vault = new Vault(dir, key, AccessMode.READ_WRITE, channel, fileLock, writer);
        try {
            vault.migrate();
        } catch (RuntimeException refused) {
            // A vault from a newer app (or a failed migration) must not keep its connection and lock open.
            vault.close();
            throw refused;
        }
        vault.fillReaders();
        return vault;
    }

    /**
     * Runs pending migrations in one transaction. Foreign keys are off meanwhile (SQLite ignores that pragma inside a
     * transaction, so it is set around it) so that a migration can rebuild a table without its dependants being
     * cascaded away; every reference is checked before the commit, and a dangling one undoes the whole migration.
     */
    private void migrate() throws SQLException {
        int current = Migrator.currentVersion(writer);
        if (current == Migrator.latestVersion()) {
            // Up to date, as nearly every open finds it: no transaction, no check of every reference.
            return;
        }
        boolean pending = current < Migrator.latestVersion();
        setForeignKeys(!pending);
        try {
            write(c -> {
                Migrator.migrate(c, Migrator.latestVersion(), directory);
                Migrator.requireForeignKeysHold(c);
                return null;
            });
        } finally {
            setForeignKeys(true);
        }
    }

    private void setForeignKeys(boolean on) throws SQLException {
        try (var st = writer.createStatement()) {
            st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private void fillReaders() {
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(VaultKeys.refuseWrongKey(directory, key, () -> VaultConnections.connect(file, true, key)));
            }
        } catch (SQLException e) {
            close();
            throw corrupt(directory, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static VaultUnavailableException corrupt(Path dir, SQLException e) {
        return new VaultUnavailableException(UserMessage.of("vault.corrupt", dir, e.getMessage()), e.getMessage(), e);
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return file;
    }

    /** Whether the vault is encrypted at rest (its backups are then encrypted with the same key). */
    public boolean encrypted() {
        return key != null;
    }

    /**
     * Whether {@code passphrase} derives this vault's key (a plain vault: whether none is given). Slow on purpose
     * (Argon2id): never on the window's thread. Lets the window check a passphrase before it closes the vault.
     */
    public boolean unlocksWith(Passphrase passphrase) {
        ensureOpen();
        if (key == null) {
            return !passphrase.given();
        }
        try {
            var parameters = KeyParameters.readFrom(directory);
            if (parameters.isEmpty() || !passphrase.given()) {
                return false;
            }
            VaultKey candidate = passphrase.derive(parameters.get()).orElseThrow();
            try {
                return java.security.MessageDigest.isEqual(candidate.bytes(), key.bytes());
            } finally {
                candidate.destroy();
            }
        } catch (IOException e) {
            throw new VaultException("cannot read the key parameters: " + e.getMessage(), e);
        }
    }

    VaultKey key() {
        return key;
    }

    public AccessMode mode() {
        return mode;
    }

    /**
     * A scratch folder inside the vault's directory for files that must exist on disk briefly. Only for what is not
     * case data (sample files): case data spills through {@link #scratch()}, which seals it for an encrypted vault.
     */
    public Path scratchDirectory() throws IOException {
        return Files.createDirectories(directory.resolve(SCRATCH_FOLDER));
    }

    /** Where PDF work spills beyond memory: sealed files in the scratch folder when the vault is encrypted. */
    public ScratchSpace scratch() {
        return new ScratchSpace(directory.resolve(SCRATCH_FOLDER), encrypted());
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. Calls on the same thread nest. */
    public <T> T write(SqlFunction<T> work) {
        if (writer == null) {
            throw new VaultUnavailableException(UserMessage.of("vault.readOnly", directory), "vault opened read-only", null);
        }
        if (writeLock.isHeldByCurrentThread()) {
            return apply(work, writer);
        }
        writeLock.lock();
        try {
            ensureOpen();
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new VaultException("write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Gives the space of deleted rows back to the file system (after the trash is emptied). Runs outside any
     * transaction, holding the write lock; readers of a plain vault keep working on the WAL meanwhile. An encrypted
     * vault's rollback journal locks readers out for the whole rebuild, which can outlast the busy timeout on a large
     * vault: the idle readers are taken out of the pool first, so a read waits here for as long as it takes
     * instead of failing with SQLite's "busy".
     */
    public void compact() {
        if (writer == null) {
            throw new VaultUnavailableException(UserMessage.of("vault.readOnly", directory), "vault opened read-only", null);
        }
        writeLock.lock();
        List<Connection> heldBack = new ArrayList<>();
        try (var st = writer.createStatement()) {
            ensureOpen();
            if (encrypted()) {
                for (int i = 0; i < READERS; i++) {
                    heldBack.add(readers.takeFirst()); // a read under way ends first (no read waits for a write)
                }
            }
            st.execute("VACUUM");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new VaultException("compacting failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaultException("interrupted while waiting for the vault's readers", e);
        } finally {
            heldBack.forEach(readers::addFirst);
            writeLock.unlock();
        }
    }

    /** Runs a read. Inside a write on the same thread it sees that write's uncommitted rows. */
    public <T> T read(SqlFunction<T> work) {
        if (writer != null && writeLock.isHeldByCurrentThread()) {
            return apply(work, writer);
        }
        ensureOpen();
        Connection connection;
        try {
            connection = readers.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VaultException("interrupted while waiting for the vault", e);
        }
        try {
            return apply(work, connection);
        } finally {
            readers.addFirst(connection);
        }
    }

    private static <T> T apply(SqlFunction<T> work, Connection connection) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new VaultException(e.getMessage(), e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new VaultException("the vault is closed", null);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        readers.forEach(Vault::closeQuietly);
        readers.clear();
        if (writer != null) {
            writeLock.lock();
            try {
                closeQuietly(writer);
            } finally {
                writeLock.unlock();
            }
        }
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(lockChannel);
        if (key != null) {
            key.destroy();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Nothing useful to do while closing.
        }
    }
}
