package org.hardshipbinder.binder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How exhibits are labelled: A, B … Z, AA …; 1, 2, 3 …; or with their section's letter (A-1, A-2, B-1 …). */
public enum LabelScheme {
    LETTERS, NUMBERS, SECTION_PREFIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The label of an exhibit, given its position among all included exhibits (0-based), its section's position
     * among sections that have included exhibits (0-based) and its position inside that section (0-based).
     */
    public String label(int overallIndex, int sectionIndex, int indexInSection) {
        return switch (this) {
            case LETTERS -> letters(overallIndex);
            case NUMBERS -> Integer.toString(overallIndex + 1);
            case SECTION_PREFIXED -> letters(sectionIndex) + "-" + (indexInSection + 1);
        };
    }

    /** Bijective base 26: 0 → A, 25 → Z, 26 → AA, 27 → AB … */
    static String letters(int index) {
        StringBuilder label = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return label.toString();
    }

    public static Optional<LabelScheme> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.trim())
                || s.name().equalsIgnoreCase(code.trim())).findFirst();
    }
}
