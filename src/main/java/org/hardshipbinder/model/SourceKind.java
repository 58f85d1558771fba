package org.hardshipbinder.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who produced a document. Official records and third-party professionals corroborate; family and self do not. */
public enum SourceKind {
    OFFICIAL, THIRD_PARTY, FAMILY, SELF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean corroborates() {
        return this == OFFICIAL || this == THIRD_PARTY;
    }

    public static Optional<SourceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
