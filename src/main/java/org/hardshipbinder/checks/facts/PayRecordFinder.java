package org.hardshipbinder.checks.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.DateMention;
import org.hardshipbinder.text.TextFold;

/**
 * Reads pay from forms, where amounts stand in boxes and columns rather than sentences: box 1 of a W-2 (wages of the
 * year), and the gross pay of a pay stub with its pay frequency ("Pay frequency: Biweekly"), or, when the stub does
 * not name it, the length of its pay period (14 days is every two weeks).
 */
public final class PayRecordFinder {

    private static final String AMOUNT = "\\$?\\s?(\\d{1,3}(?:[,.]\\d{3})+|\\d+)[.,](\\d{2})(?!\\d)";
    private static final Pattern W2 = Pattern.compile("\\b(w-?2|wage and tax statement|comprobante de salarios)\\b");
    private static final Pattern W2_WAGES = Pattern.compile(
            "\\b(?:wages, tips, other comp\\w*|salarios, propinas y otras? comp\\w*)[^\\n\\d$]{0,20}" + AMOUNT);
    private static final Pattern GROSS = Pattern.compile(
            "\\b(?:gross pay|gross earnings|total gross|gross wages|gross amount|salario bruto|sueldo bruto|pago bruto|"
                    + "total devengado|total bruto)\\b\\s*:?\\s*(?:current\\s*)?" + AMOUNT);
    private static final Pattern FREQUENCY = Pattern.compile(
            "\\b(?:pay frequency|frequency|pay cycle|frecuencia de pago|periodicidad|periodo de pago)\\s*:?\\s*"
                    + "(weekly|bi-?weekly|semi-?monthly|monthly|semanal|quincenal|catorcenal|mensual|every two weeks|every other week)\\b");
    private static final Pattern PAY_PERIOD = Pattern.compile(
            "\\b(?:pay period|period|periodo|periodo de pago)\\s*:?\\s*([\\d/.-]{8,10})\\s*(?:-|to|a|al)\\s*([\\d/.-]{8,10})");

    private PayRecordFinder() {
    }

    /** Pay amounts on one page of a form; offsets point into {@code text}. */
    public static List<AmountMention> find(String text, boolean dayFirst) {
        String folded = TextFold.fold(text);
        List<AmountMention> found = new ArrayList<>();
        if (W2.matcher(folded).find()) {
            Matcher m = W2_WAGES.matcher(folded);
            if (m.find()) {
                found.add(new AmountMention(cents(m), Period.YEARLY, true, m.start(1), m.end()));
            }
        }
        Optional<Period> period = frequency(folded).or(() -> periodLength(text, folded, dayFirst));
        if (period.isPresent()) {
            Matcher m = GROSS.matcher(folded);
            while (m.find()) {
                found.add(new AmountMention(cents(m), period.get(), true, m.start(1), m.end()));
            }
        }
        return found;
    }

    private static Optional<Period> frequency(String folded) {
        Matcher m = FREQUENCY.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).replace("-", "");
        return switch (word) {
            case "weekly", "semanal" -> Optional.of(Period.WEEKLY);
            case "biweekly", "catorcenal", "every two weeks", "every other week" -> Optional.of(Period.BIWEEKLY);
            case "semimonthly", "quincenal" -> Optional.of(Period.SEMIMONTHLY);
            default -> Optional.of(Period.MONTHLY);
        };
    }

    /** The pay period's length in days, read from its two dates. */
    private static Optional<Period> periodLength(String text, String folded, boolean dayFirst) {
        Matcher m = PAY_PERIOD.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        List<DateMention> from = DateFinder.fullDates(text.substring(m.start(1), m.end(1)), dayFirst);
        List<DateMention> to = DateFinder.fullDates(text.substring(m.start(2), m.end(2)), dayFirst);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        LocalDate a = from.get(0).date();
        LocalDate b = to.get(0).date();
        long days = ChronoUnit.DAYS.between(a, b) + 1;
        if (days == 7) {
            return Optional.of(Period.WEEKLY);
        }
        if (days == 14) {
            return Optional.of(Period.BIWEEKLY);
        }
        if (days >= 15 && days <= 16) {
            return Optional.of(Period.SEMIMONTHLY);
        }
        if (days >= 28 && days <= 31) {
            return Optional.of(Period.MONTHLY);
        }
        return Optional.empty();
    }

    private static long cents(Matcher m) {
        return Long.parseLong(m.group(1).replaceAll("[,.]", "")) * 100 + Long.parseLong(m.group(2));
    }
}
