package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.IntegrityProbe.Problem;
import org.hardshipbinder.vault.RestoreResult.Refused;

/**
 * Replaces the vault with a backup, so that nothing is lost whatever happens (docs/decisions/vault-0003-restore.md).
 * With the vault's lock held throughout: the backup is copied into a staging folder beside the vault and checked
 * there ({@link BackupCheck}, then upgraded and verified like {@code verify}); a marker is written; the current
 * vault's files move into a folder kept aside; the checked copy moves into place, is opened and verified again; the
 * marker is removed (the commit point). A failure at any step, or the next open after a kill before the commit, puts
 * the vault's files back exactly as they were ({@link #finishInterrupted}).
 */
public final class VaultRestore {

    /** Runs every probe of {@code verify} on an open vault (the composition root passes the full list). */
    public interface Verification {
        List<Problem> verify(Vault vault);
    }

    static final String STAGING = "restore-staging";
    static final String ASIDE_PREFIX = "before-restore-";
    /**
     * The files that make up a vault; the database moves last when installing. A plain vault's WAL, an encrypted
     * vault's rollback journal: a journal left by a kill must stay with its database (rolled back into it on open).
     */
    static final List<String> VAULT_FILES = List.of(KeyParameters.FILE_NAME, VaultLocation.FILE_NAME + "-wal",
            VaultLocation.FILE_NAME + "-shm", VaultLocation.FILE_NAME + "-journal", VaultLocation.FILE_NAME);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Verification verification;
    private final Clock clock;

    public VaultRestore(Verification verification, Clock clock) {
        this.verification = verification;
        this.clock = clock;
    }

    /**
     * Restores {@code backup} (and the {@code <name>.key} beside it when it is encrypted; {@code passphrase} must then
     * open it) into the vault in {@code vaultDirectory}. Nobody may hold that vault open meanwhile.
     */
    public RestoreResult restore(Path vaultDirectory, Path backup, Passphrase passphrase, Consumer<RestoreStep> progress) {
        Path dir = vaultDirectory.toAbsolutePath();
        Path from = backup.toAbsolutePath();
        if (!Files.isRegularFile(from)) {
            return BackupCheck.refused("restore.backupMissing", from);
        }
        try {
            Files.createDirectories(dir);
            if (from.getParent().equals(dir) && VAULT_FILES.contains(from.getFileName().toString())) {
                return BackupCheck.refused("restore.isTheVault", from);
            }
            try (FileChannel channel = FileChannel.open(dir.resolve("vault.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    return new Refused(UserMessage.of("vault.inUse", dir));
                }
                try {
                    VaultRekey.finishInterrupted(dir);
                    finishInterrupted(dir);
                    return restoreLocked(dir, from, passphrase, progress);
                } finally {
                    lock.release();
                }
            }
        } catch (IOException | RuntimeException e) {
            return BackupCheck.refused("restore.failed", dir, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Where the key parameters of an encrypted backup lie: {@code <backup>.key} beside it (see VaultBackup); for the
     * database of a vault folder (a folder set aside by an earlier restore) its {@code vault.key}.
     */
    public static Path keyFileOf(Path backup) {
        Path beside = backup.resolveSibling(backup.getFileName() + ".key");
        if (!Files.exists(beside) && backup.getFileName().toString().equals(VaultLocation.FILE_NAME)) {
            return backup.resolveSibling(KeyParameters.FILE_NAME);
        }
        return beside;
    }

    private RestoreResult restoreLocked(Path dir, Path from, Passphrase passphrase, Consumer<RestoreStep> progress)
            throws IOException {
        Path staging = dir.resolve(STAGING);
        try {
            progress.accept(RestoreStep.COPYING);
            deleteTree(staging);
            Files.createDirectories(staging);
            Files.copy(from, staging.resolve(VaultLocation.FILE_NAME));
            for (String suffix : List.of("-wal", "-journal")) {
                Path journal = from.resolveSibling(from.getFileName() + suffix);
                if (Files.isRegularFile(journal)) {
                    // A vault folder's database whose last changes (or a kill's undo) are in its journal: it belongs to it.
                    Files.copy(journal, staging.resolve(VaultLocation.FILE_NAME + suffix));
                }
            }
            Path keyBeside = keyFileOf(from);
            if (Files.isRegularFile(keyBeside)) {
                Files.copy(keyBeside, KeyParameters.fileIn(staging));
            }
            progress.accept(RestoreStep.CHECKING);
            Object checked = BackupCheck.check(staging, from, passphrase);
            if (checked instanceof Refused refused) {
                return refused;
            }
            progress.accept(RestoreStep.UPGRADING);
            Optional<Refused> unsound = upgradeAndVerify(staging, from, passphrase);
            if (unsound.isPresent()) {
                return unsound.get();
            }
            return swap(dir, staging, passphrase, ((BackupCheck.Sound) checked).version(), progress);
        } catch (IOException | RuntimeException e) {
            return BackupCheck.refused("restore.failed", dir, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(staging);
        }
    }

    private Optional<Refused> upgradeAndVerify(Path staging, Path from, Passphrase passphrase) {
        try (Vault staged = Vault.open(staging, AccessMode.READ_WRITE, passphrase)) {
            List<Problem> problems = verification.verify(staged);
            if (!problems.isEmpty()) {
                return Optional.of(BackupCheck.refused("restore.failsChecks", from, problems.size(), problems.get(0).message()));
            }
            return Optional.empty();
        } catch (VaultUnavailableException | VaultException unopenable) {
            return Optional.of(BackupCheck.refused("restore.damaged", from));
        }
    }

    private RestoreResult swap(Path dir, Path staging, Passphrase passphrase, int fromVersion, Consumer<RestoreStep> progress)
            throws IOException {
        String asideName = asideName(dir);
        List<String> present = VAULT_FILES.stream().filter(name -> Files.exists(dir.resolve(name))).toList();
        RestoreMarker marker = new RestoreMarker(asideName, present);
        marker.writeTo(dir);
        Path aside = dir.resolve(asideName);
        boolean encrypted;
        try {
            progress.accept(RestoreStep.SETTING_ASIDE);
            Files.createDirectory(aside);
            for (int i = 0; i < present.size(); i++) {
                move(dir.resolve(present.get(i)), aside.resolve(present.get(i)));
                if (i == 0 && present.size() > 1) {
                    progress.accept(RestoreStep.PARTLY_ASIDE);
                }
            }
            progress.accept(RestoreStep.INSTALLING);
            for (String name : VAULT_FILES) {
                if (Files.exists(staging.resolve(name))) {
                    move(staging.resolve(name), dir.resolve(name));
                }
            }
            progress.accept(RestoreStep.VERIFYING_IN_PLACE);
            try (Vault restored = Vault.openLocked(dir, passphrase)) {
                List<Problem> problems = verification.verify(restored);
                if (!problems.isEmpty()) {
                    throw new VaultException("the restored vault does not verify in place: " + problems.get(0).message(), null);
                }
                encrypted = restored.encrypted();
            }
            progress.accept(RestoreStep.FINISHING);
            RestoreMarker.delete(dir);
        } catch (IOException | RuntimeException e) {
            rollBack(dir, marker);
            return BackupCheck.refused("restore.failed", dir, String.valueOf(e.getMessage()));
        }
        try {
            progress.accept(RestoreStep.DONE);
        } catch (RuntimeException afterTheCommit) {
            // The restore is committed; a report that fails changes nothing about it.
        }
        boolean keptSomething = !present.isEmpty();
        if (!keptSomething) {
            Files.deleteIfExists(aside);
        }
        return new RestoreResult.Restored(keptSomething ? aside : null, encrypted, fromVersion, Migrator.latestVersion());
    }

    /**
     * Completes what a kill interrupted; called with the vault's lock held, before the vault is opened. A marker
     * means the swap was not committed: the vault's files are put back as the marker lists them. A staging folder
     * left behind is removed.
     */
    static void finishInterrupted(Path dir) throws IOException {
        Optional<RestoreMarker> marker = RestoreMarker.readFrom(dir);
        if (marker.isPresent()) {
            rollBack(dir, marker.get());
        }
        deleteTree(dir.resolve(STAGING));
    }

    /** Whether a restore is between its marker and its commit (a read-only open must not look at the files then). */
    static boolean underWay(Path dir) {
        return Files.exists(RestoreMarker.fileIn(dir));
    }

    /**
     * Puts every file the vault had back from the folder aside, and removes the files it did not have (the restored
     * ones). Safe to repeat: a kill during the rollback is finished by the next one.
     */
    private static void rollBack(Path dir, RestoreMarker marker) throws IOException {
        Path aside = dir.resolve(marker.asideFolder());
        for (String name : VAULT_FILES) {
            Path inPlace = dir.resolve(name);
            Path kept = aside.resolve(name);
            if (!marker.files().contains(name)) {
                Files.deleteIfExists(inPlace);
            } else if (Files.exists(kept)) {
                move(kept, inPlace);
            }
        }
        try (Stream<Path> left = Files.exists(aside) ? Files.list(aside) : Stream.empty()) {
            if (left.findAny().isEmpty()) {
                Files.deleteIfExists(aside);
            }
        }
        RestoreMarker.delete(dir);
    }

    private String asideName(Path dir) {
        String base = ASIDE_PREFIX + STAMP.format(clock.instant());
        String name = base;
        for (int n = 2; Files.exists(dir.resolve(name)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
