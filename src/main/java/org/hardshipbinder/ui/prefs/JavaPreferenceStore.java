package org.hardshipbinder.ui.prefs;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The user's settings in java.util.prefs (the registry on Windows, a plist on macOS, a file on Linux). */
public final class JavaPreferenceStore implements PreferenceStore {

    private final Preferences node;

    public JavaPreferenceStore(Preferences node) {
        this.node = node;
    }

    public static JavaPreferenceStore forUser() {
        return new JavaPreferenceStore(Preferences.userRoot().node("org/hardshipbinder"));
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        if (value.equals(node.get(key, null))) {
            return; // unchanged: no write to the preferences file
        }
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this session; java.util.prefs retries the write on its own schedule.
        }
    }
}
