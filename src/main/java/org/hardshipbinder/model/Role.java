package org.hardshipbinder.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The part a person plays in a case. */
public enum Role {
    APPLICANT, QR, CHILD, SPONSOR, BENEFICIARY, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
