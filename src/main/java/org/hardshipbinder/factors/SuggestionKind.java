package org.hardshipbinder.factors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a suggestion proposes: a factor tag, the evidence type, the date, a person concerned, a significant circumstance. */
public enum SuggestionKind {
    FACTOR, EVIDENCE_TYPE, DATE, PERSON, CIRCUMSTANCE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuggestionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
