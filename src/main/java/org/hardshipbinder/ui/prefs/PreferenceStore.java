package org.hardshipbinder.ui.prefs;

/** Where the app keeps the user's settings between runs. */
public interface PreferenceStore {

    String get(String key, String fallback);

    void put(String key, String value);
}
