package org.hardshipbinder.checks.preflight;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/** A document's words counted (accents and case folded) and its numbers, for comparing two texts despite OCR noise. */
record WordProfile(Map<String, Integer> counts, Set<String> numbers, int words, double norm) {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern NUMBER = Pattern.compile("\\d{3,}");

    static WordProfile of(String text) {
        String folded = TextFold.fold(text);
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(folded);
        int words = 0;
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
            words++;
        }
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(folded.replaceAll("(?<=\\d)[,.\\-/ ](?=\\d)", ""));
        while (n.find()) {
            numbers.add(n.group());
        }
        double norm = Math.sqrt(counts.values().stream().mapToDouble(c -> (double) c * c).sum());
        return new WordProfile(counts, numbers, words, norm);
    }

    double cosine(WordProfile other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            dot += (double) e.getValue() * other.counts.getOrDefault(e.getKey(), 0);
        }
        return dot / (norm * other.norm);
    }

    /** How much the numbers (dates, amounts, record numbers) of the two texts agree; 1 when neither has any. */
    double numberAgreement(WordProfile other) {
        if (numbers.isEmpty() && other.numbers.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(numbers);
        union.addAll(other.numbers);
        Set<String> both = new HashSet<>(numbers);
        both.retainAll(other.numbers);
        return (double) both.size() / union.size();
    }
}
