package org.hardshipbinder.factors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the full dates written in a text, in English, Spanish or Portuguese: "March 3, 2024", "3 de marzo de 2024",
 * "03-MAR-2024", "03/15/2024", "15.03.2024", "2024-03-15", and dates written out in words as civil records do ("on the
 * eleventh day of August of the year two thousand twenty-six"). Numeric dates are read day-first in Spanish or
 * Portuguese text. {@link OwnDateFinder} decides which one is the document's own date. java.time does the calendar
 * arithmetic; the month names are listed here because no well-kept parser reads these languages' free-text dates.
 */
public final class DateDetector {

    /** A date found, how sure we are, and the text it was read from. */
    public record Found(LocalDate date, double confidence, String text) {
    }

    /** A date at characters start..end of the folded text it was found in. */
    public record Mention(LocalDate date, int start, int end, String text) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("enero", 1), Map.entry("febrero", 2), Map.entry("marzo", 3), Map.entry("abril", 4),
            Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7), Map.entry("agosto", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10), Map.entry("noviembre", 11),
            Map.entry("diciembre", 12),
            Map.entry("janeiro", 1), Map.entry("fevereiro", 2), Map.entry("marco", 3), Map.entry("maio", 5),
            Map.entry("junho", 6), Map.entry("julho", 7), Map.entry("setembro", 9), Map.entry("outubro", 10),
            Map.entry("novembro", 11), Map.entry("dezembro", 12));
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final String DAY_WORDS = "(\\d{1,2}|" + NumberWords.RUN + ")";
    private static final Pattern WRITTEN = Pattern.compile("\\b(?:the\\s+)?" + DAY_WORDS
            + "(?:st|nd|rd|th)?\\s+(?:days?\\s+of\\s+(?:the\\s+month\\s+of\\s+)?|dias?\\s+(?:del?|do)\\s+mes\\s+de\\s+|of\\s+|de\\s+)"
            + MONTH + ",?\\s+(?:of\\s+|del?\\s+|do\\s+)?(?:the\\s+year\\s+|ano\\s+)?(\\d{4}|" + NumberWords.RUN + ")");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?(?: de| of)?[ -]" + MONTH + ",?(?: de| del)?[ -](\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
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
        List<Mention> found = new ArrayList<>();
        collect(found, WRITTEN.matcher(folded), m -> written(m.group(1), m.group(2), m.group(3)));
        collect(found, ISO.matcher(folded), m -> date(m.group(1), m.group(2), m.group(3)));
        collect(found, MONTH_DAY_YEAR.matcher(folded), m -> date(m.group(3), month(m.group(1)), m.group(2)));
        collect(found, DAY_MONTH_YEAR.matcher(folded), m -> date(m.group(3), month(m.group(2)), m.group(1)));
        collect(found, NUMERIC.matcher(folded), m -> numeric(m.group(1), m.group(3), m.group(4), dayFirst));
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    private interface DateReader {
        LocalDate read(Matcher m);
    }

    private static void collect(List<Mention> into, Matcher m, DateReader reader) {
        while (m.find()) {
            LocalDate date = reader.read(m);
            int start = m.start();
            int end = m.end();
            boolean overlaps = into.stream().anyMatch(d -> start < d.end() && d.start() < end);
            if (date != null && date.getYear() >= 1900 && date.getYear() <= 2100 && !overlaps) {
                into.add(new Mention(date, start, end, m.group()));
            }
        }
    }

    private static LocalDate written(String day, String month, String year) {
        OptionalInt d = day.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(day)) : NumberWords.value(day);
        OptionalInt y = year.chars().allMatch(Character::isDigit) ? OptionalInt.of(Integer.parseInt(year)) : NumberWords.value(year);
        if (d.isEmpty() || y.isEmpty()) {
            return null;
        }
        return date(String.valueOf(y.getAsInt()), month(month), String.valueOf(d.getAsInt()));
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.replace(".", "")));
    }

    private static LocalDate numeric(String a, String b, String year, boolean dayFirst) {
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(b);
        boolean swap = first > 12 || (dayFirst && second <= 12);
        return swap ? date(year, b, a) : date(year, a, b);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
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
