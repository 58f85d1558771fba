package org.hardshipbinder.factors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's own date in its text, in English or Spanish ("March 3, 2024", "3 de marzo de 2024",
 * "03/15/2024", "2024-03-15"). A date labeled as the document's ("Date:", "Fecha:", "dated") wins; dates of birth
 * are never taken for it. java.time does the calendar arithmetic; the month names are listed here because no
 * well-kept parser reads both languages' free-text dates.
 */
public final class DateDetector {

    /** A date found, how sure we are, and the text it was read from. */
    public record Found(LocalDate date, double confidence, String text) {
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
            Map.entry("diciembre", 12));
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: de| of)? " + MONTH + ",?(?: de| del)? (\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern LABEL = Pattern.compile("(date|dated|issued( on)?|fecha( de emision| de expedicion)?|expedid[ao]( el)?|a los|,)\\s*:?\\s*$");
    private static final Pattern BIRTH = Pattern.compile("(born|birth|dob|d\\.o\\.b|nacimiento|nacio|nacida|nacido|nac\\.)");
    private static final Pattern SPANISH_WORDS = Pattern.compile("\\b(de|la|el|que|los|por|con|para|del)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|and|of|to|is|for|with|this)\\b");

    /** The document's most likely own date, if any. */
    public Optional<Found> detect(String text) {
        String folded = TextFold.fold(text);
        boolean dayFirst = count(SPANISH_WORDS, folded) > count(ENGLISH_WORDS, folded);
        List<Candidate> candidates = new ArrayList<>();
        collect(candidates, ISO.matcher(folded), m -> date(m.group(1), m.group(2), m.group(3)));
        collect(candidates, MONTH_DAY_YEAR.matcher(folded), m -> date(m.group(3), month(m.group(1)), m.group(2)));
        collect(candidates, DAY_MONTH_YEAR.matcher(folded), m -> date(m.group(3), month(m.group(2)), m.group(1)));
        collect(candidates, NUMERIC.matcher(folded), m -> numeric(m.group(1), m.group(2), m.group(3), dayFirst));
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

    private interface DateReader {
        LocalDate read(Matcher m);
    }

    private static void collect(List<Candidate> into, Matcher m, DateReader reader) {
        while (m.find()) {
            LocalDate date = reader.read(m);
            if (date != null && date.getYear() >= 1900 && date.getYear() <= 2100) {
                into.add(new Candidate(m.start(), date, m.group()));
            }
        }
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
