package org.hardshipbinder.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders of the app, where each operating system keeps that kind of file: the vault's data, copies
 * of program files that can be made again (cache), and the log. One place for the three systems' conventions.
 */
public enum UserFolder {
    /** {@code $XDG_DATA_HOME/hardship-binder}, {@code ~/Library/Application Support/HardshipBinder}, {@code %APPDATA%\HardshipBinder}. */
    DATA("XDG_DATA_HOME", ".local/share", "hardship-binder", "Library/Application Support/HardshipBinder",
            "APPDATA", "AppData/Roaming", "HardshipBinder"),
    /** {@code $XDG_CACHE_HOME/hardship-binder}, {@code ~/Library/Caches/HardshipBinder}, {@code %LOCALAPPDATA%\HardshipBinder\Cache}. */
    CACHE("XDG_CACHE_HOME", ".cache", "hardship-binder", "Library/Caches/HardshipBinder",
            "LOCALAPPDATA", "AppData/Local", "HardshipBinder/Cache"),
    /** {@code $XDG_STATE_HOME/hardship-binder/logs}, {@code ~/Library/Logs/HardshipBinder}, {@code %LOCALAPPDATA%\HardshipBinder\Logs}. */
    LOGS("XDG_STATE_HOME", ".local/state", "hardship-binder/logs", "Library/Logs/HardshipBinder",
            "LOCALAPPDATA", "AppData/Local", "HardshipBinder/Logs");

    private final String xdgVariable;
    private final String xdgDefault;
    private final String linuxFolder;
    private final String macFolder;
    private final String windowsVariable;
    private final String windowsDefault;
    private final String windowsFolder;

    UserFolder(String xdgVariable, String xdgDefault, String linuxFolder, String macFolder,
               String windowsVariable, String windowsDefault, String windowsFolder) {
        this.xdgVariable = xdgVariable;
        this.xdgDefault = xdgDefault;
        this.linuxFolder = linuxFolder;
        this.macFolder = macFolder;
        this.windowsVariable = windowsVariable;
        this.windowsDefault = windowsDefault;
        this.windowsFolder = windowsFolder;
    }

    /** This folder for a user whose environment, operating system name and home folder are given. */
    public Path in(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return base(env.get(windowsVariable), userHome, windowsDefault).resolve(windowsFolder);
        }
        if (os.contains("mac")) {
            return userHome.resolve(macFolder);
        }
        return base(env.get(xdgVariable), userHome, xdgDefault).resolve(linuxFolder);
    }

    /** This folder for the user running this process. */
    public Path forThisMachine() {
        return in(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    private static Path base(String variable, Path userHome, String fallback) {
        return variable != null && !variable.isBlank() ? Path.of(variable) : userHome.resolve(fallback);
    }
}
