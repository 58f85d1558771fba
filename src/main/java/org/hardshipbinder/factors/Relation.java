package org.hardshipbinder.factors;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.text.TextFold;

/**
 * How a person relates to the applicant, as far as the qualifying-relative rules care. The CLI and UI take free text
 * in English or Spanish ("wife", "esposa", "Mamá"); {@link #parse} normalizes it.
 */
public enum Relation {
    SPOUSE, PARENT, SON_OR_DAUGHTER, SIBLING, GRANDPARENT, OTHER;

    private static final Map<String, Relation> WORDS = Map.ofEntries(
            Map.entry("spouse", SPOUSE), Map.entry("husband", SPOUSE), Map.entry("wife", SPOUSE),
            Map.entry("esposo", SPOUSE), Map.entry("esposa", SPOUSE), Map.entry("conyuge", SPOUSE),
            Map.entry("marido", SPOUSE), Map.entry("mujer", SPOUSE),
            Map.entry("parent", PARENT), Map.entry("father", PARENT), Map.entry("mother", PARENT),
            Map.entry("mom", PARENT), Map.entry("dad", PARENT), Map.entry("padre", PARENT), Map.entry("madre", PARENT),
            Map.entry("mama", PARENT), Map.entry("papa", PARENT),
            Map.entry("son", SON_OR_DAUGHTER), Map.entry("daughter", SON_OR_DAUGHTER), Map.entry("child", SON_OR_DAUGHTER),
            Map.entry("hijo", SON_OR_DAUGHTER), Map.entry("hija", SON_OR_DAUGHTER),
            Map.entry("brother", SIBLING), Map.entry("sister", SIBLING), Map.entry("sibling", SIBLING),
            Map.entry("hermano", SIBLING), Map.entry("hermana", SIBLING),
            Map.entry("grandmother", GRANDPARENT), Map.entry("grandfather", GRANDPARENT), Map.entry("grandparent", GRANDPARENT),
            Map.entry("abuela", GRANDPARENT), Map.entry("abuelo", GRANDPARENT));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The relation a free-text answer names; empty when there is no answer, OTHER when it names something else. */
    public static Optional<Relation> parse(String text) {
        String folded = TextFold.compact(text).replaceAll("[^a-z ]", " ").strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        for (String word : folded.split(" ")) {
            Relation relation = WORDS.get(word);
            if (relation != null) {
                return Optional.of(relation);
            }
        }
        return Optional.of(OTHER);
    }
}
