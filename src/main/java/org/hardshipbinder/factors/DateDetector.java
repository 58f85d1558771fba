package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.TextFold;

/**
 * The full dates written in a document and its own date. The dates themselves are read by the app's one date parser,
 * {@link DateFinder} (English, Spanish and Portuguese, numeric, written out in words, form fields);
 * {@link OwnDateFinder} decides which one is the document's own date.
 */
public final class DateDetector {

    /** A date and how sure the detector is that it is the document's own date. */
    public record Found(LocalDate date, double confidence, String text) {
    }

    /** A date at characters start..end of the folded text it was found in. */
    public record Mention(LocalDate date, int start, int end, String text) {
    }

    private static final Pattern DAY_FIRST_WORDS = Pattern.compile("\\b(de|la|el|que|los|por|con|para|del|do|da|em|os|as)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|and|of|to|is|for|with|this)\\b");

    /** The document's most likely own date, if any (see {@link OwnDateFinder}). */
    public Optional<Found> detect(String text) {
        return new OwnDateFinder(this).find(text).map(d -> new Found(d.date(), d.confidence(), d.text()));
    }

    /** Whether numeric dates in this folded text are written day first (Spanish, Portuguese) rather than month first. */
    public static boolean dayFirst(String folded) {
        return count(DAY_FIRST_WORDS, folded) > count(ENGLISH_WORDS, folded);
    }

    /** Every full date in a folded text (see {@link TextFold}; line breaks may be kept), in text order, none overlapping. */
    public List<Mention> mentions(String folded, boolean dayFirst) {
        return DateFinder.fullDates(folded, dayFirst).stream()
                .filter(d -> d.date().getYear() >= 1900 && d.date().getYear() <= 2100)
                .map(d -> new Mention(d.date(), d.start(), d.end(), folded.substring(d.start(), d.end())))
                .toList();
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
