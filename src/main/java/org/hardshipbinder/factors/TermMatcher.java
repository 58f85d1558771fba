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
 * outside the factor too, like "patient" or "school") {@value #WEAK}, a pattern {@value #PATTERN}, or
 * {@value #WEAK} when written with the prefix {@code weak:}. A one-word keyword also matches its plural
 * ("medication" finds "medications", "deuda" finds "deudas"). Punctuation inside a keyword is a word break, as in
 * the text ("post-traumatic" matches "post traumatic").
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
    private static final String WEAK_MARK = "weak:";

    private final Map<String, Integer> keywords = new LinkedHashMap<>();
    private final Map<Pattern, Integer> patterns = new LinkedHashMap<>();

    public TermMatcher(Map<String, List<String>> keywordsByLanguage, Map<String, List<String>> patternsByLanguage) {
        this(keywordsByLanguage, Map.of(), patternsByLanguage);
    }

    public TermMatcher(Map<String, List<String>> keywordsByLanguage, Map<String, List<String>> weakByLanguage,
                       Map<String, List<String>> patternsByLanguage) {
        keywordsByLanguage.values().forEach(list -> list.forEach(k -> add(k, KEYWORD)));
        weakByLanguage.values().forEach(list -> list.forEach(k -> add(k, WEAK)));
        patternsByLanguage.values().forEach(list -> list.forEach(
                p -> patterns.put(Pattern.compile(p.startsWith(WEAK_MARK) ? p.substring(WEAK_MARK.length()) : p),
                        p.startsWith(WEAK_MARK) ? WEAK : PATTERN)));
    }

    private void add(String keyword, int weight) {
        String phrase = FoldedText.phrase(keyword);
        if (!phrase.isEmpty() && phrase.split(" ").length <= FoldedText.MAX_WORDS) {
            keywords.putIfAbsent(phrase, weight);
        }
    }

    /** Matches folded text (see {@link TextFold}). */
    public Match match(String foldedText) {
        return match(new FoldedText(foldedText));
    }

    public Match match(FoldedText text) {
        List<String> found = new ArrayList<>();
        int score = 0;
        for (Map.Entry<String, Integer> keyword : keywords.entrySet()) {
            String k = keyword.getKey();
            boolean oneWord = k.indexOf(' ') < 0 && k.length() >= 3 && !Character.isDigit(k.charAt(k.length() - 1));
            if (text.contains(k) || oneWord && (text.contains(k + "s") || text.contains(k + "es"))) {
                found.add(k);
                score += keyword.getValue();
            }
        }
        for (Map.Entry<Pattern, Integer> pattern : patterns.entrySet()) {
            Matcher m = pattern.getKey().matcher(text.text());
            if (m.find() && !found.contains(m.group().strip())) {
                found.add(m.group().strip());
                score += pattern.getValue();
            }
        }
        return new Match(List.copyOf(found), score);
    }

    public boolean isEmpty() {
        return keywords.isEmpty() && patterns.isEmpty();
    }
}
