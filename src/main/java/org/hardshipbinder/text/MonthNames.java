package org.hardshipbinder.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Month names of English, Spanish and Portuguese, full and abbreviated, folded (no accents, lower case). The names
 * come from {@code java.time}; only spellings it does not give ("sept", "setiembre") are added here.
 */
public final class MonthNames {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"));
    private static final Map<String, Integer> ALL = new HashMap<>();
    private static final Map<String, Integer> FULL = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            for (Locale locale : LANGUAGES) {
                String full = clean(m.getDisplayName(TextStyle.FULL, locale));
                FULL.put(full, m.getValue());
                ALL.put(full, m.getValue());
                ALL.put(clean(m.getDisplayName(TextStyle.SHORT, locale)), m.getValue());
                ALL.put(clean(m.getDisplayName(TextStyle.FULL_STANDALONE, locale)), m.getValue());
            }
        }
        ALL.put("sept", 9);
        ALL.put("sep", 9);
        ALL.put("setiembre", 9);
        FULL.put("setiembre", 9);
        ALL.keySet().removeIf(k -> k.length() < 3 || k.chars().anyMatch(Character::isDigit));
    }

    /** Every name, longest first so "septiembre" wins over "sep", as a regular-expression alternation. */
    public static final String ALTERNATION = String.join("|", ALL.keySet().stream()
            .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).toList());

    /** The full names only (a month standing with a year alone must be written out: "March 2013", "marzo de 2013"). */
    public static final String FULL_ALTERNATION = String.join("|", FULL.keySet().stream()
            .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b)).toList());

    private MonthNames() {
    }

    /** The month (1-12) of a folded name or abbreviation. */
    public static Optional<Integer> month(String foldedName) {
        return Optional.ofNullable(ALL.get(foldedName.replace(".", "")));
    }

    /** Names that are also common words of one of the languages and count as a month only when capitalized. */
    static final Set<String> AMBIGUOUS = Set.of("may", "mar", "set", "out", "jan", "dec", "ago");

    private static String clean(String name) {
        return TextFold.fold(name).replace(".", "").strip();
    }
}
