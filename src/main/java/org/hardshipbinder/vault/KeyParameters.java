package org.hardshipbinder.vault;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * How an encrypted vault's key is derived from its passphrase: Argon2id with this salt, memory and passes. Kept in a
 * small plain file beside {@code vault.sqlite}: none of it is secret, and its presence says the vault is encrypted.
 */
public record KeyParameters(byte[] salt, int memoryKiB, int iterations, int parallelism) {

    public static final String FILE_NAME = "vault.key";
    /** 64 MiB and 3 passes: see docs/decisions/vault-0001-encryption-at-rest.md for the measured time. */
    public static final int MEMORY_KIB = 64 * 1024;
    public static final int ITERATIONS = 3;
    public static final int PARALLELISM = 1;

    public static KeyParameters fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new KeyParameters(salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    public static Path fileIn(Path vaultDirectory) {
        return vaultDirectory.resolve(FILE_NAME);
    }

    /** The parameters of the vault in this folder, or empty when the vault is not encrypted. */
    public static Optional<KeyParameters> readFrom(Path vaultDirectory) throws IOException {
        Path file = fileIn(vaultDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (!"argon2id".equals(p.getProperty("kdf"))) {
            throw new IOException("unknown key derivation in " + file);
        }
        try {
            return Optional.of(new KeyParameters(Base64.getDecoder().decode(p.getProperty("salt", "")),
                    Integer.parseInt(p.getProperty("memoryKiB")), Integer.parseInt(p.getProperty("iterations")),
                    Integer.parseInt(p.getProperty("parallelism"))));
        } catch (RuntimeException malformed) {
            throw new IOException("malformed key parameters in " + file, malformed);
        }
    }

    /** Writes the file atomically (a temporary beside it, then a move), so a crash leaves the old or the new. */
    public void writeTo(Path target) throws IOException {
        Properties p = new Properties();
        p.setProperty("kdf", "argon2id");
        p.setProperty("cipher", "chacha20");
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("memoryKiB", Integer.toString(memoryKiB));
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("parallelism", Integer.toString(parallelism));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            p.store(out, "Hardship Binder vault key parameters (not secret)");
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
