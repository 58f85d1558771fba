package org.hardshipbinder.ui.prefs;

import java.util.Arrays;

/** How exhibits are labeled in the binder: Exhibit A, B, C … or Exhibit 1, 2, 3 … */
public enum LabelScheme {
    LETTERS, NUMBERS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LabelScheme fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code)).findFirst().orElse(LETTERS);
    }
}
