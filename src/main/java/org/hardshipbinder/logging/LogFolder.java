package org.hardshipbinder.logging;

import java.nio.file.Path;
import java.util.Map;
import org.hardshipbinder.model.UserFolder;

/**
 * Where the log files go: the {@code HARDSHIP_BINDER_LOG_DIR} variable, else the per-user log folder of the
 * system — {@code $XDG_STATE_HOME/hardship-binder/logs} (usually {@code ~/.local/state/hardship-binder/logs}) on
 * Linux, {@code ~/Library/Logs/HardshipBinder} on macOS, {@code %LOCALAPPDATA%\HardshipBinder\Logs} on Windows.
 * Not the vault's folder: one log serves every vault, a read-only or removable vault still gets one, and a backup
 * of the vault does not carry it.
 */
public final class LogFolder {

    public static final String ENV_VARIABLE = "HARDSHIP_BINDER_LOG_DIR";

    private LogFolder() {
    }

    public static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String explicit = env.get(ENV_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        return UserFolder.LOGS.in(env, osName, userHome);
    }

    public static Path forThisMachine() {
        return resolve(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
