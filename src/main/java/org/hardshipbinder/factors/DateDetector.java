package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.DateMention;
import org.hardshipbinder.text.TextFold;

/**
 * Finds a document's own date in its text, in English or Spanish ("March 3, 2024", "3 de marzo de 2024",
 * "03/15/2024", "2024-03-15"). A date labeled as the document's ("Date:", "Fecha:", "dated") wins; dates of birth
 * are never taken for it. The dates themselves are read by the app's one date parser, {@link DateFinder}.
 */
public final class DateDetector {

    /** A date found, how sure we are, and the text it was read from. */
    public record Found(LocalDate date, double confidence, String text) {
    }

    private static final Pattern LABEL = Pattern.compile("(date|dated|issued( on)?|fecha( de emision| de expedicion)?|expedid[ao]( el)?|a los|,)\\s*:?\\s*$");
    private static final Pattern BIRTH = Pattern.compile("(born|birth|dob|d\\.o\\.b|nacimiento|nacio|nacida|nacido|nac\\.)");
    private static final Pattern SPANISH_WORDS = Pattern.compile("\\b(de|la|el|que|los|por|con|para|del)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|and|of|to|is|for|with|this)\\b");

    /** The document's most likely own date, if any. */
    public Optional<Found> detect(String text) {
        String folded = TextFold.fold(text);
        boolean dayFirst = count(SPANISH_WORDS, folded) > count(ENGLISH_WORDS, folded);
        List<Candidate> candidates = new ArrayList<>();
        for (DateMention d : DateFinder.fullDates(text, dayFirst)) {
            candidates.add(new Candidate(d.start(), d.date(), text.substring(d.start(), d.end())));
        }
        candidates.sort((a, b) -> Integer.compare(a.start, b.start));
        Candidate best = null;
        for (Candidate c : candidates) {
            String before = folded.substring(Math.max(0, c.start - 40), c.start);
            if (BIRTH.matcher(before).find()) {
                continue;
            }
            boolean labeled = LABEL.matcher(before).find();
            if (labeled) {
                return Optional.of(new Found(c.date, 0.85, c.text));
            }
            if (best == null) {
                best = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Found(best.date, 0.6, best.text));
    }

    private record Candidate(int start, LocalDate date, String text) {
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
