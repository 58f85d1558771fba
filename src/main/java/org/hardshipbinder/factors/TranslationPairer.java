package org.hardshipbinder.factors;

import org.hardshipbinder.text.TextFold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs each translation in a case with the document it translates: the one in another language (or in a script no
 * model could read) sharing most of its dates, numbers and long name words — the parts a translation carries over
 * unchanged whatever the language. Each document is paired once; fewer than {@value #MIN_SHARED} shared anchors is no
 * pair.
 */
public final class TranslationPairer {

    /** A document as the pairer sees it: its text and the language it was read in ("und" when unknown). */
    public record Text(long id, String text, String language) {
    }

    public record Pair(long translation, long original, int shared, Optional<String> namedLanguage) {
    }

    static final int MIN_SHARED = 2;
    private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
    private static final Pattern NAME_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}]{4,}\\b");
    private final DateDetector dates = new DateDetector();

    public List<Pair> pair(List<Text> documents) {
        List<Text> translations = documents.stream().filter(d -> TranslationSigns.isTranslation(d.text())).toList();
        List<Text> originals = documents.stream()
                .filter(d -> !"en".equals(d.language()) && !TranslationSigns.isTranslation(d.text())).toList();
        List<Pair> candidates = new ArrayList<>();
        for (Text t : translations) {
            Set<String> anchors = anchors(t.text());
            Optional<String> named = TranslationSigns.sourceLanguage(t.text());
            for (Text o : originals) {
                if (o.id() == t.id()) {
                    continue;
                }
                Set<String> shared = anchors(o.text());
                shared.retainAll(anchors);
                int bonus = named.isPresent() && named.get().equals(o.language()) ? 1 : 0;
                if (shared.size() >= MIN_SHARED) {
                    candidates.add(new Pair(t.id(), o.id(), shared.size() + bonus, named));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::shared).reversed());
        Set<Long> used = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair p : candidates) {
            if (!used.contains(p.translation()) && !used.contains(p.original())) {
                used.add(p.translation());
                used.add(p.original());
                pairs.add(p);
            }
        }
        return pairs;
    }

    /** Dates (both readings of a numeric one), numbers of four digits or more, and capitalized words of five letters or more. */
    Set<String> anchors(String text) {
        Set<String> anchors = new HashSet<>();
        String folded = TextFold.fold(text);
        for (boolean dayFirst : new boolean[] {true, false}) {
            dates.mentions(folded, dayFirst).forEach(m -> anchors.add("date:" + m.date()));
        }
        Matcher digits = DIGITS.matcher(text.replaceAll("(?<=\\d)[ .,-](?=\\d)", ""));
        while (digits.find()) {
            String d = digits.group();
            if (!d.matches("(19|20)\\d\\d")) {
                anchors.add("number:" + d);
            }
        }
        Matcher words = NAME_WORD.matcher(text);
        while (words.find()) {
            anchors.add("word:" + TextFold.fold(words.group()));
        }
        return anchors;
    }
}
