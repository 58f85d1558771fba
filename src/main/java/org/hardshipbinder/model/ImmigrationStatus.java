package org.hardshipbinder.model;

import java.util.Arrays;
import java.util.Optional;

/** A person's US immigration status, as far as qualifying-relative rules care. */
public enum ImmigrationStatus {
    USC, LPR, OTHER;

    public static Optional<ImmigrationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
