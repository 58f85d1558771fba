package org.hardshipbinder.factors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a suggestion proposes: a factor tag, the evidence type, the source kind that type usually has, the date, a
 * person concerned, a particularly significant circumstance.
 */
public enum SuggestionKind {
    FACTOR, EVIDENCE_TYPE, SOURCE, DATE, PERSON, CIRCUMSTANCE, TITLE, LANGUAGE, TRANSLATION_OF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuggestionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
