package org.hardshipbinder.vault;

import java.nio.file.Path;
import java.util.Map;
import org.hardshipbinder.model.UserFolder;

/** Where the vault lives: an explicit folder, the {@code HARDSHIP_BINDER_VAULT} variable, or the per-user app-data folder. */
public final class VaultLocation {

    public static final String ENV_VARIABLE = "HARDSHIP_BINDER_VAULT";
    public static final String FILE_NAME = "vault.sqlite";

    private VaultLocation() {
    }

    public static Path resolve(Path explicitDir, Map<String, String> env, String osName, Path userHome) {
        if (explicitDir != null) {
            return explicitDir.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultDir(env, osName, userHome);
    }

    public static Path resolveForThisMachine(Path explicitDir) {
        return resolve(explicitDir, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDir(Map<String, String> env, String osName, Path userHome) {
        return UserFolder.DATA.in(env, osName, userHome);
    }
}
