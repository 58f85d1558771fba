package org.hardshipbinder.checks.facts;

import java.util.Map;
import java.util.Optional;

/** English and Spanish month names and their usual abbreviations, folded (no accents, lower case). */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("enero", 1), Map.entry("ene", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("febrero", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("marzo", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("abril", 4), Map.entry("abr", 4),
            Map.entry("may", 5), Map.entry("mayo", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("junio", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("julio", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("agosto", 8), Map.entry("ago", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septiembre", 9),
            Map.entry("setiembre", 9), Map.entry("set", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octubre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("noviembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("diciembre", 12), Map.entry("dic", 12));

    /** A regular-expression alternation of every name, longest first so "septiembre" wins over "sep". */
    static final String ALTERNATION = String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());

    private MonthNames() {
    }

    static Optional<Integer> month(String foldedName) {
        return Optional.ofNullable(MONTHS.get(foldedName));
    }
}
