package org.hardshipbinder.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of request the app prepares evidence for (design §2). */
public enum CaseKind {
    I_601A("I-601A", Standard.EXTREME_HARDSHIP),
    I_601("I-601", Standard.EXTREME_HARDSHIP),
    INA_212H("212h", Standard.EXTREME_HARDSHIP),
    INA_212I("212i", Standard.EXTREME_HARDSHIP),
    PAROLE("parole", Standard.URGENT_HUMANITARIAN_OR_PUBLIC_BENEFIT),
    INA_212D3A("212d3a", Standard.DISCRETION);

    /** The legal standard the officer applies to this kind of request. */
    public enum Standard { EXTREME_HARDSHIP, URGENT_HUMANITARIAN_OR_PUBLIC_BENEFIT, DISCRETION }

    private final String code;
    private final Standard standard;

    CaseKind(String code, Standard standard) {
        this.code = code;
        this.standard = standard;
    }

    /** The stable code used on the command line and in the vault. */
    public String code() {
        return code;
    }

    public Standard standard() {
        return standard;
    }

    public boolean isExtremeHardship() {
        return standard == Standard.EXTREME_HARDSHIP;
    }

    public static Optional<CaseKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
