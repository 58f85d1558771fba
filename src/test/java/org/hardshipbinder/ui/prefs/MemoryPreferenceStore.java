package org.hardshipbinder.ui.prefs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Settings kept for this run only (tests, and read-only sessions that must leave no trace). */
public final class MemoryPreferenceStore implements PreferenceStore {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }
}
