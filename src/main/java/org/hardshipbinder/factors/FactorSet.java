package org.hardshipbinder.factors;

import java.util.Arrays;
import java.util.Optional;
import org.hardshipbinder.model.CaseKind;

/** Which standard a factor belongs to: extreme hardship, humanitarian parole, or the 212(d)(3)(A) discretion. */
public enum FactorSet {
    HARDSHIP("hardship"), PAROLE("parole"), NONIMMIGRANT("nonimmigrant");

    private final String code;

    FactorSet(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static FactorSet forKind(CaseKind kind) {
        return switch (kind.standard()) {
            case EXTREME_HARDSHIP -> HARDSHIP;
            case URGENT_HUMANITARIAN_OR_PUBLIC_BENEFIT -> PAROLE;
            case DISCRETION -> NONIMMIGRANT;
        };
    }

    public static Optional<FactorSet> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
