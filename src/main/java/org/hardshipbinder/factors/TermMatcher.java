package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a catalog entry's keywords (whole words or phrases) and patterns in folded text, in any of its languages.
 * A keyword counts once however often it occurs; a pattern counts double, as it encodes a more specific phrase.
 */
public final class TermMatcher {

    /** The terms found in a text and the weight they add up to. */
    public record Match(List<String> terms, int score) {
        public boolean isEmpty() {
            return terms.isEmpty();
        }
    }

    private final Map<String, Pattern> keywords = new LinkedHashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    public TermMatcher(Map<String, List<String>> keywordsByLanguage, Map<String, List<String>> patternsByLanguage) {
        keywordsByLanguage.values().forEach(list -> list.forEach(this::addKeyword));
        patternsByLanguage.values().forEach(list -> list.forEach(p -> patterns.add(Pattern.compile(p))));
    }

    private void addKeyword(String keyword) {
        String folded = TextFold.fold(keyword);
        if (!folded.isEmpty() && !keywords.containsKey(folded)) {
            keywords.put(folded, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])"));
        }
    }

    /** Matches folded text (see {@link TextFold}). */
    public Match match(String foldedText) {
        List<String> found = new ArrayList<>();
        int score = 0;
        for (Map.Entry<String, Pattern> keyword : keywords.entrySet()) {
            if (keyword.getValue().matcher(foldedText).find()) {
                found.add(keyword.getKey());
                score += 1;
            }
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(foldedText);
            if (m.find() && !found.contains(m.group().strip())) {
                found.add(m.group().strip());
                score += 2;
            }
        }
        return new Match(List.copyOf(found), score);
    }

    public boolean isEmpty() {
        return keywords.isEmpty() && patterns.isEmpty();
    }
}
