package org.hardshipbinder.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the vault lives: an explicit folder, the {@code HARDSHIP_BINDER_VAULT} variable, or the per-user app-data folder. */
public final class VaultLocation {

    public static final String ENV_VARIABLE = "HARDSHIP_BINDER_VAULT";
    public static final String FILE_NAME = "vault.sqlite";
    private static final String APP_FOLDER = "HardshipBinder";

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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming")).resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("hardship-binder");
    }
}
