package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/**
 * Finds money amounts paid per period, in English and Spanish: "$2,500 per month", "$30,000 al año",
 * "2.500 dólares mensuales", "a monthly salary of $2,500". Amounts without a period (a bill, a balance) are skipped:
 * they cannot be compared with anything. Whether it is income (pay, salary, earnings) or an expense is read from the
 * nearest cue before it.
 */
public final class AmountFinder {

    private static final String NUMBER = "(\\d{1,3}(?:[,.]\\d{3})+|\\d+)(?:[.,](\\d{2}))?(?!\\d)";
    private static final Pattern DOLLARS = Pattern.compile("(?:us\\s?\\$|\\$|usd\\s?)\\s?" + NUMBER);
    private static final Pattern WORDED = Pattern.compile("(?<![\\d$,.])" + NUMBER + "\\s*(?:dolares|dollars|usd)\\b");
    private static final Pattern PERIOD_AFTER = Pattern.compile(
            "^\\s*(?:usd|dollars|dolares|us)?\\s*(?:\\(?gross\\)?|\\(?net\\)?|brutos?|netos?)?\\s*(?:per|a|an|each|every|/|al|por|cada|x|in)?\\s*"
                    + "(month|mo|mes|year|yr|ano|annum|week|wk|semana|two weeks|2 weeks|dos semanas|other week|quincena|"
                    + "monthly|mensual|mensuales|mensualmente|annually|yearly|annual|anual|anuales|anualmente|weekly|semanal|semanales|"
                    + "biweekly|bi-weekly|quincenal|quincenales|semi-monthly|semimonthly|hour|hr|hora)\\b");
    private static final Pattern PERIOD_BEFORE = Pattern.compile(
            "\\b(monthly|mensual|mensuales|annual|yearly|anual|anuales|weekly|semanal|biweekly|bi-weekly|quincenal|hourly|"
                    + "per month|per year|per week|al mes|al ano|por mes|por ano|por semana|por hora)\\b");
    private static final Pattern INCOME = Pattern.compile(
            "\\b(earns?|earning|earnings|earned|income|salary|salaries|wages?|pay|paid|pays (him|her|me)|makes|gross|net|"
                    + "compensation|gana|ganan|gano|ganaba|ingresos?|salario|sueldo|percibe|devenga|remuneracion|le pagamos|le pagan|me pagan)\\b");
    private static final Pattern EXPENSE = Pattern.compile(
            "\\b(rent|mortgage|bills?|costs?|debt|expenses?|premium|loan|tuition|payment|pays for|spend|spends|owes?|"
                    + "renta|alquiler|hipoteca|deudas?|gastos?|costos?|cuesta|prestamo|colegiatura|pagamos por|pago de|cuota|benefits?|beneficios?)\\b");

    private AmountFinder() {
    }

    /** Amounts with a period in {@code text}; offsets point into it. */
    public static List<AmountMention> find(String text) {
        String folded = TextFold.fold(text);
        List<AmountMention> found = new ArrayList<>();
        collect(found, DOLLARS.matcher(folded), folded);
        collect(found, WORDED.matcher(folded), folded);
        return found;
    }

    private static void collect(List<AmountMention> found, Matcher m, String folded) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> start < f.end() && f.start() < end)) {
                continue;
            }
            long cents = Long.parseLong(m.group(1).replaceAll("[,.]", "")) * 100
                    + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            Optional<Period> period = periodAfter(folded, end).or(() -> periodBefore(folded, start));
            if (period.isEmpty() && hourly(folded, end)) {
                Optional<HoursWorked> hours = hoursWorked(folded, end);
                if (hours.isEmpty()) {
                    continue;
                }
                cents = Math.round(cents * hours.get().hours());
                period = Optional.of(hours.get().period());
            }
            if (period.isEmpty()) {
                continue;
            }
            if (cents > 0) {
                found.add(new AmountMention(cents, period.get(), isIncome(folded, start), start, end));
            }
        }
    }

    private static final Pattern HOURLY = Pattern.compile(
            "^\\s*(?:usd|dollars|dolares)?\\s*(?:an|a|per|each|/|la|por|the)?\\s*(?:hour|hr|hora)\\b");
    private static final Pattern HOURS = Pattern.compile(
            "\\b(\\d{1,3}(?:\\.\\d+)?)\\s*(?:hours|hrs|horas)\\s*(?:a|per|each|every|/|por|a la|al|cada|in a|in each)?\\s*"
                    + "(week|two weeks|2 weeks|month|semana|dos semanas|mes|quincena)\\b");

    /** "$19.25 an hour", "15 dólares la hora". */
    private static boolean hourly(String folded, int end) {
        return HOURLY.matcher(folded.substring(end, Math.min(folded.length(), end + 20))).find();
    }

    /** The hours worked per period said near an hourly rate: "40 hours a week", "80 horas por quincena". */
    private static Optional<HoursWorked> hoursWorked(String folded, int end) {
        String sentence = folded.substring(Math.max(0, end - 120), Math.min(folded.length(), end + 120));
        Matcher m = HOURS.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(2);
        Period period = switch (unit) {
            case "week", "semana" -> Period.WEEKLY;
            case "two weeks", "2 weeks", "dos semanas" -> Period.BIWEEKLY;
            case "quincena" -> Period.SEMIMONTHLY;
            default -> Period.MONTHLY;
        };
        return Optional.of(new HoursWorked(Double.parseDouble(m.group(1)), period));
    }

    private record HoursWorked(double hours, Period period) {
    }

    private static Optional<Period> periodAfter(String folded, int end) {
        Matcher m = PERIOD_AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 40)));
        return m.find() ? period(m.group(1)) : Optional.empty();
    }

    private static Optional<Period> periodBefore(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 40), start);
        Matcher m = PERIOD_BEFORE.matcher(before);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last == null ? Optional.empty() : period(last);
    }

    /** Hourly pay has no yearly figure without the hours, so it yields no period. */
    static Optional<Period> period(String word) {
        String w = word.replace("per ", "").replace("al ", "").replace("por ", "");
        if (w.matches("month|mo|mes|monthly|mensual|mensuales|mensualmente")) {
            return Optional.of(Period.MONTHLY);
        }
        if (w.matches("year|yr|ano|annum|annually|yearly|annual|anual|anuales|anualmente")) {
            return Optional.of(Period.YEARLY);
        }
        if (w.matches("week|wk|semana|weekly|semanal|semanales")) {
            return Optional.of(Period.WEEKLY);
        }
        if (w.matches("two weeks|2 weeks|dos semanas|other week|biweekly|bi-weekly")) {
            return Optional.of(Period.BIWEEKLY);
        }
        if (w.matches("quincena|quincenal|quincenales|semi-monthly|semimonthly")) {
            return Optional.of(Period.SEMIMONTHLY);
        }
        return Optional.empty();
    }

    private static boolean isIncome(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 80), start);
        int income = lastEnd(INCOME.matcher(before));
        int expense = lastEnd(EXPENSE.matcher(before));
        return income >= 0 && income > expense;
    }

    private static int lastEnd(Matcher m) {
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
