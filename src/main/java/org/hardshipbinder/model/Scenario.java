package org.hardshipbinder.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Hardship to a qualifying relative is weighed if they stay in the US (separation) and if they follow (relocation). */
public enum Scenario {
    SEPARATION, RELOCATION, BOTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean covers(Scenario other) {
        return this == BOTH || other == BOTH || this == other;
    }

    public static Optional<Scenario> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
