package org.hardshipbinder.checks.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates (day, month and year) in English and Spanish text: "March 5, 2019", "5 de marzo de 2019",
 * "5th day of March, 2019", "2019-03-05", "03/05/2019". Numeric dates are read month-first in English text and
 * day-first otherwise; when both readings are valid the other one is kept as an alternative.
 */
public final class DateFinder {

    private static final String M = "(" + MonthNames.ALTERNATION + ")";
    private static final String ORD = "(?:st|nd|rd|th|º|°|o)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})" + ORD + "(?:\\s+day)?\\s*(?:of|de|del|-|\\s)\\s*(?:the\\s+month\\s+of\\s+|mes\\s+de\\s+)?"
                    + M + "\\.?,?\\s*(?:of|de|del|-)?\\s*(?:the\\s+year\\s+|ano\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + M + "\\.?\\s+(\\d{1,2})" + ORD + ",?\\s+(?:de\\s+|of\\s+)?(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");
    private static final Pattern SPANISH_DAYS_OF = Pattern.compile(
            "\\b(\\d{1,2})\\s+dias\\s+del\\s+mes\\s+de\\s+" + M + "\\s+(?:de|del)\\s+(?:ano\\s+)?(\\d{4})\\b");

    private DateFinder() {
    }

    /** Every date in {@code text}, in text order, none overlapping. */
    public static List<DateMention> find(String text, boolean dayFirst) {
        String folded = Folding.fold(text);
        List<DateMention> found = new ArrayList<>();
        collectNamed(found, SPANISH_DAYS_OF.matcher(folded), 1, 2, 3);
        collectNamed(found, DAY_MONTH_YEAR.matcher(folded), 1, 2, 3);
        collectNamed(found, MONTH_DAY_YEAR.matcher(folded), 2, 1, 3);
        Matcher iso = ISO.matcher(folded);
        while (iso.find()) {
            add(found, of(num(iso.group(1)), num(iso.group(2)), num(iso.group(3))), null, iso.start(), iso.end());
        }
        Matcher numeric = NUMERIC.matcher(folded);
        while (numeric.find()) {
            int a = num(numeric.group(1));
            int b = num(numeric.group(3));
            int year = year(numeric.group(4));
            LocalDate monthFirst = of(year, a, b);
            LocalDate dayFirstReading = of(year, b, a);
            LocalDate preferred = dayFirst ? firstNonNull(dayFirstReading, monthFirst) : firstNonNull(monthFirst, dayFirstReading);
            LocalDate other = preferred == monthFirst ? dayFirstReading : monthFirst;
            add(found, preferred, other == null || other.equals(preferred) ? null : other, numeric.start(), numeric.end());
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void collectNamed(List<DateMention> found, Matcher m, int dayGroup, int monthGroup, int yearGroup) {
        while (m.find()) {
            int month = MonthNames.month(m.group(monthGroup)).orElse(0);
            add(found, of(num(m.group(yearGroup)), month, num(m.group(dayGroup))), null, m.start(), m.end());
        }
    }

    private static void add(List<DateMention> found, LocalDate date, LocalDate alternative, int start, int end) {
        if (date == null || date.getYear() < 1900 || date.getYear() > 2100) {
            return;
        }
        boolean overlaps = found.stream().anyMatch(d -> start < d.end() && d.start() < end);
        if (!overlaps) {
            found.add(new DateMention(date, alternative, start, end));
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
