package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a catalog entry's keywords (whole words or phrases) and patterns in folded text, in any of its languages.
 * Each term counts once however often it occurs: a keyword weighs {@value #KEYWORD}, a weak keyword (a word common
 * outside the factor too, like "patient" or "school") {@value #WEAK}, a pattern {@value #PATTERN}.
 */
public final class TermMatcher {

    /** The terms found in a text and the weight they add up to. */
    public record Match(List<String> terms, int score) {
        public boolean isEmpty() {
            return terms.isEmpty();
        }
    }

    public static final int KEYWORD = 2;
    public static final int WEAK = 1;
    public static final int PATTERN = 3;

    private final Map<String, Pattern> keywords = new LinkedHashMap<>();
    private final Map<String, Pattern> weak = new LinkedHashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    public TermMatcher(Map<String, List<String>> keywordsByLanguage, Map<String, List<String>> patternsByLanguage) {
        this(keywordsByLanguage, Map.of(), patternsByLanguage);
    }

    public TermMatcher(Map<String, List<String>> keywordsByLanguage, Map<String, List<String>> weakByLanguage,
                       Map<String, List<String>> patternsByLanguage) {
        keywordsByLanguage.values().forEach(list -> list.forEach(k -> add(keywords, k)));
        weakByLanguage.values().forEach(list -> list.forEach(k -> {
            if (!keywords.containsKey(TextFold.fold(k))) {
                add(weak, k);
            }
        }));
        patternsByLanguage.values().forEach(list -> list.forEach(p -> patterns.add(Pattern.compile(p))));
    }

    private static void add(Map<String, Pattern> into, String keyword) {
        String folded = TextFold.fold(keyword);
        if (!folded.isEmpty() && !into.containsKey(folded)) {
            into.put(folded, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])"));
        }
    }

    /** Matches folded text (see {@link TextFold}). */
    public Match match(String foldedText) {
        List<String> found = new ArrayList<>();
        int score = 0;
        score += find(keywords, foldedText, found) * KEYWORD;
        score += find(weak, foldedText, found) * WEAK;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(foldedText);
            if (m.find() && !found.contains(m.group().strip())) {
                found.add(m.group().strip());
                score += PATTERN;
            }
        }
        return new Match(List.copyOf(found), score);
    }

    private static int find(Map<String, Pattern> terms, String text, List<String> found) {
        int n = 0;
        for (Map.Entry<String, Pattern> term : terms.entrySet()) {
            if (term.getValue().matcher(text).find()) {
                found.add(term.getKey());
                n++;
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return keywords.isEmpty() && weak.isEmpty() && patterns.isEmpty();
    }
}
