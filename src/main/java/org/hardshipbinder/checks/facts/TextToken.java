package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/** A word of a text with its offsets, its folded form and what it looks like (capitalized, an initial, a particle). */
record TextToken(String raw, String folded, int start, int end, boolean capitalized, boolean initial, boolean particle,
                 boolean breakBefore) {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\.?");
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "da", "das", "do", "dos",
            "van", "von", "der", "di", "du", "le");

    /** The words of {@code text}; {@code breakBefore} marks a line break or punctuation (other than a comma) before. */
    static List<TextToken> tokenize(String text) {
        List<TextToken> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            String raw = m.group();
            boolean initial = raw.length() == 2 && raw.endsWith(".") || raw.length() == 1 && "IAYOEU".indexOf(raw.charAt(0)) < 0;
            String word = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
            String between = text.substring(previousEnd, m.start());
            boolean punctuationBefore = tokens.isEmpty() ? true
                    : between.matches(".*[\\n;:()\\[\\]/|\"].*") || between.strip().length() > 1
                    || (tokens.get(tokens.size() - 1).raw().endsWith(".") && !tokens.get(tokens.size() - 1).initial());
            String folded = TextFold.fold(word);
            tokens.add(new TextToken(word, folded, m.start(), m.start() + word.length(),
                    Character.isUpperCase(word.charAt(0)), initial, PARTICLES.contains(folded) && Character.isLowerCase(word.charAt(0)),
                    punctuationBefore));
            previousEnd = m.end();
        }
        return tokens;
    }
}
