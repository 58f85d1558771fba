package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.wiring.Services;

/**
 * A vault with a person and a stored original, backed up; then changed (a person added after the backup), so that
 * "the vault as it was" and "the restored vault" can be told apart by the people they hold.
 */
final class RestoreFixture {

    static final String IN_BACKUP = "Marisol Backedup";
    static final String AFTER_BACKUP = "Teodoro Afterwards";
    static final String ORIGINAL_MARK = "ORIGINAL-MARK-7731";

    final Path vault;
    final Path backup;

    private RestoreFixture(Path vault, Path backup) {
        this.vault = vault;
        this.backup = backup;
    }

    /** A vault (encrypted when {@code passphrase} is given) with a backup of it under {@code root/backups}. */
    static RestoreFixture create(Path root, Passphrase passphrase) throws Exception {
        Path vault = root.resolve("vault");
        Path backup = root.resolve("backups").resolve("vault-backup.sqlite");
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, passphrase)) {
            byte[] bytes = new byte[3 * 65_536];
            new Random(7).nextBytes(bytes);
            byte[] mark = ORIGINAL_MARK.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(mark, 0, bytes, 70_000, mark.length);
            long doc = OriginalStoreTest.storeAsDocument(s, Files.write(Files.createDirectories(root.resolve("in")).resolve("scan.pdf"), bytes));
            long caseId = s.documents().find(doc).orElseThrow().caseId();
            s.people().add(caseId, IN_BACKUP, Role.QR, "spouse", null, null);
            s.backup().backupTo(backup);
            s.people().add(caseId, AFTER_BACKUP, Role.OTHER, null, null, null);
        }
        return new RestoreFixture(vault, backup);
    }

    static List<String> people(Path vault, Passphrase passphrase) {
        try (Services s = Services.open(vault, AccessMode.READ_WRITE, passphrase)) {
            assertThat(s.verifier().verify()).isEmpty();
            return s.people().listForCase(s.cases().list().get(0).id()).stream().map(p -> p.name()).toList();
        }
    }

    /** Every file of the vault folder (the lock file aside) with a hash of its bytes. */
    static Map<String, String> snapshot(Path vault) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(vault)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = vault.relativize(p).toString();
                if (!name.equals("vault.lock")) {
                    files.put(name, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
