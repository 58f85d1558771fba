package org.hardshipbinder.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.DatePrecision;

/**
 * The one date parser of the app. Finds dates in English, Spanish and Portuguese text: "March 5, 2019",
 * "5 de marzo de 2019", "03-MAY-1990", "the fourth of June, 1994", "a los veinticinco días del mes de marzo del año
 * dos mil veintitrés", "DIA: 22 MÊS: 07 ANO: 1993", "2019-03-05", "03/05/2019", and dates given to the month
 * ("March 2013", "em março de 2019"). Numeric dates are read month-first in English text and day-first otherwise
 * (and always day-first when written with dots, "07.10.2026");
 * when both readings are valid the other one is kept as an alternative.
 */
public final class DateFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|o|a|º|ª|er)?");
    private static final Pattern GAP = Pattern.compile("[\\s,.\\-/']{0,4}");
    /** Words that may stand between the day and the month: "3rd day of June", "25 días del mes de marzo". */
    private static final Set<String> BEFORE_MONTH = Set.of("of", "the", "day", "days", "month", "de", "del", "dia", "dias",
            "mes", "do", "da", "dos");
    /** Words that may stand between the month and the year: "de 2019", "del año", "of the year", "do ano". */
    private static final Set<String> BEFORE_YEAR = Set.of("of", "the", "year", "in", "de", "del", "ano", "do", "da", "em", "en");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");
    /**
     * Dates written with dots ("07.10.2026") are day first wherever they are written (continental Europe, the
     * Cyrillic-script countries, Latin America); month-first writers use slashes or dashes.
     */
    private static final String DAY_FIRST_SEPARATOR = ".";
    /** Day, month and year in labelled boxes of a form: "DIA: 22 MÊS: 07 ANO: 1993", "Day 22 Month 07 Year 1993". */
    private static final Pattern FIELDS = Pattern.compile(
            "\\b(?:dia|day)\\s*:?\\s*(\\d{1,2})\\s+(?:mes|month)\\s*:?\\s*(\\d{1,2})\\s+(?:ano|year)\\s*:?\\s*(\\d{4})\\b");

    private DateFinder() {
    }

    /** Every date in {@code text}, in text order, none overlapping. */
    public static List<DateMention> find(String text, boolean dayFirst) {
        String folded = TextFold.fold(text);
        List<DateMention> found = new ArrayList<>();
        Matcher fields = FIELDS.matcher(folded);
        while (fields.find()) {
            add(found, of(num(fields.group(3)), num(fields.group(2)), num(fields.group(1))), null, fields.start(), fields.end(),
                    DatePrecision.DAY);
        }
        List<Token> tokens = tokens(folded);
        for (int i = 0; i < tokens.size(); i++) {
            if (MonthNames.month(tokens.get(i).word).isPresent() && monthWord(text, tokens.get(i))) {
                named(found, text, tokens, i);
            }
        }
        Matcher iso = ISO.matcher(folded);
        while (iso.find()) {
            add(found, of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3))), null, iso.start(), iso.end(), DatePrecision.DAY);
        }
        Matcher numeric = NUMERIC.matcher(folded);
        while (numeric.find()) {
            int a = num(numeric.group(1));
            int b = num(numeric.group(3));
            int year = year(numeric.group(4));
            LocalDate monthFirst = of(year, a, b);
            LocalDate dayFirstReading = of(year, b, a);
            boolean dayFirstHere = dayFirst || DAY_FIRST_SEPARATOR.equals(numeric.group(2));
            LocalDate preferred = dayFirstHere ? firstNonNull(dayFirstReading, monthFirst) : firstNonNull(monthFirst, dayFirstReading);
            LocalDate other = preferred == monthFirst ? dayFirstReading : monthFirst;
            add(found, preferred, other == null || other.equals(preferred) ? null : other, numeric.start(), numeric.end(),
                    DatePrecision.DAY);
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** Full dates only (day, month and year), as most checks compare them. */
    public static List<DateMention> fullDates(String text, boolean dayFirst) {
        return find(text, dayFirst).stream().filter(DateMention::fullDate).toList();
    }

    /** A month name around token {@code i}: the day before or after it, the year after it. */
    private static void named(List<DateMention> found, String text, List<Token> tokens, int i) {
        int month = MonthNames.month(tokens.get(i).word).orElseThrow();
        int start = tokens.get(i).start;
        Integer day = null;
        int j = i - 1;
        while (j >= 0 && joined(text, tokens.get(j), tokens.get(j + 1)) && BEFORE_MONTH.contains(tokens.get(j).word)) {
            j--;
        }
        if (j >= 0 && joined(text, tokens.get(j), tokens.get(j + 1))) {
            Matcher digits = ORDINAL_DIGITS.matcher(tokens.get(j).word);
            if (digits.matches()) {
                day = num(digits.group(1));
                start = tokens.get(j).start;
            } else {
                for (int from = Math.max(0, j - 3); from <= j && day == null; from++) {
                    OptionalInt value = words(text, tokens, from, j);
                    if (value.isPresent() && value.getAsInt() >= 1 && value.getAsInt() <= 31) {
                        day = value.getAsInt();
                        start = tokens.get(from).start;
                    }
                }
            }
        }
        int k = i + 1;
        if (day == null && k < tokens.size() && joined(text, tokens.get(k - 1), tokens.get(k))) {
            Matcher digits = ORDINAL_DIGITS.matcher(tokens.get(k).word);
            if (digits.matches()) {
                day = num(digits.group(1));
                k++;
            }
        }
        while (k < tokens.size() && joined(text, tokens.get(k - 1), tokens.get(k)) && BEFORE_YEAR.contains(tokens.get(k).word)) {
            k++;
        }
        if (k >= tokens.size() || !joined(text, tokens.get(k - 1), tokens.get(k))) {
            return;
        }
        Integer year = null;
        int end = -1;
        if (tokens.get(k).word.matches("\\d{4}")) {
            year = num(tokens.get(k).word);
            end = tokens.get(k).end;
        } else {
            for (int to = Math.min(tokens.size() - 1, k + 7); to >= k && year == null; to--) {
                OptionalInt value = words(text, tokens, k, to);
                if (value.isPresent() && value.getAsInt() >= 1900 && value.getAsInt() <= 2100) {
                    year = value.getAsInt();
                    end = tokens.get(to).end;
                }
            }
        }
        if (year == null) {
            return;
        }
        if (day != null) {
            add(found, of(year, month, day), null, start, end, DatePrecision.DAY);
        } else if (tokens.get(i).word.matches(MonthNames.FULL_ALTERNATION)) {
            add(found, of(year, month, 1), null, tokens.get(i).start, end, DatePrecision.MONTH);
        }
    }

    /** A written number made of tokens {@code from}..{@code to}, each next to the other. */
    private static OptionalInt words(String text, List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int t = from; t <= to; t++) {
            if (t > from && !joined(text, tokens.get(t - 1), tokens.get(t))) {
                return OptionalInt.empty();
            }
            words.add(tokens.get(t).word);
        }
        return NumberWords.parse(words);
    }

    /** Names that are common words too ("may", "mar") count only when capitalized. */
    private static boolean monthWord(String text, Token t) {
        return !MonthNames.AMBIGUOUS.contains(t.word) || Character.isUpperCase(text.charAt(t.start));
    }

    private static boolean joined(String text, Token a, Token b) {
        return GAP.matcher(text.substring(a.end, b.start)).matches();
    }

    private static List<Token> tokens(String folded) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    private record Token(String word, int start, int end) {
    }

    private static void add(List<DateMention> found, LocalDate date, LocalDate alternative, int start, int end,
                            DatePrecision precision) {
        if (date == null || date.getYear() < 1900 || date.getYear() > 2100) {
            return;
        }
        boolean overlaps = found.stream().anyMatch(d -> start < d.end() && d.start() < end);
        if (!overlaps) {
            found.add(new DateMention(date, alternative, start, end, precision));
        }
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int year(String digits) {
        int y = num(digits);
        if (digits.length() == 2) {
            int pivot = LocalDate.now().getYear() % 100 + 1;
            return y <= pivot ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static LocalDate firstNonNull(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
