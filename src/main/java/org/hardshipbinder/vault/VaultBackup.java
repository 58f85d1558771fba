package org.hardshipbinder.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A consistent copy of the vault, taken while it is in use: {@code VACUUM INTO} reads one snapshot,
 * writes a compact file beside the target, and only a finished copy is moved into place.
 */
public final class VaultBackup {

    private final Vault vault;

    public VaultBackup(Vault vault) {
        this.vault = vault;
    }

    public Path backupTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path partial = folder.resolve(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            vault.read(c -> {
                try (var st = c.prepareStatement("VACUUM INTO ?")) {
                    st.setString(1, partial.toString());
                    st.execute();
                }
                return null;
            });
            Path keyFile = folder.resolve(absolute.getFileName() + ".key");
            if (vault.encrypted()) {
                // The copy is encrypted with the vault's key; its salt and parameters travel beside it (not secret).
                Files.copy(KeyParameters.fileIn(vault.directory()), keyFile, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // A key file of an earlier, encrypted backup of the same name would not belong to this one.
                Files.deleteIfExists(keyFile);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return absolute;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
