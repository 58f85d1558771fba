package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.FactKind;

/** Finds A-numbers (A-012-345-678, A012345678, "A-Number: 012 345 678") and USCIS receipt numbers (IOE0912345678). */
public final class IdNumberFinder {

    private static final String DIGITS = "(\\d{3}[-\\s]?\\d{3}[-\\s]?\\d{3}|\\d{2}[-\\s]?\\d{3}[-\\s]?\\d{3})";
    private static final Pattern A_NUMBER = Pattern.compile("(?<![\\p{L}\\d])A\\s?[-#:]?\\s?" + DIGITS + "(?![-\\d])");
    private static final Pattern LABELLED_A_NUMBER = Pattern.compile(
            "(?i)(?:a[-\\s]?(?:number|no\\.?|#)|alien\\s+(?:registration\\s+)?(?:number|no\\.?|#)|uscis\\s*(?:number|no\\.?|#)|"
                    + "n[uú]mero\\s+(?:de\\s+extranjero|a))\\s*[:#]?\\s*(?:A\\s?-?\\s?)?" + DIGITS + "(?![-\\d])");
    private static final Pattern RECEIPT = Pattern.compile(
            "(?<![\\p{L}\\d])(IOE|MSC|EAC|WAC|LIN|SRC|NBC|YSC|TSC|VSC|CSC|NSC)[-\\s]?((?:\\d[-\\s]?){9}\\d)(?![-\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("(?i)\\b(?:form\\s+|formulario\\s+)?(I-\\d{3}[A-Z]?)\\b");

    private IdNumberFinder() {
    }

    public static List<IdMention> find(String text) {
        List<IdMention> found = new ArrayList<>();
        collectANumbers(found, LABELLED_A_NUMBER.matcher(text), text);
        collectANumbers(found, A_NUMBER.matcher(text), text);
        Matcher r = RECEIPT.matcher(text);
        while (r.find()) {
            String value = r.group(1).toUpperCase(Locale.ROOT) + r.group(2).replaceAll("\\D", "");
            add(found, new IdMention(FactKind.RECEIPT_NUMBER, value, r.start(), r.end(), formNear(text, r.start())));
        }
        found.sort(Comparator.comparingInt(IdMention::start));
        return found;
    }

    private static void collectANumbers(List<IdMention> found, Matcher m, String text) {
        while (m.find()) {
            String digits = m.group(1).replaceAll("\\D", "");
            String value = digits.length() == 8 ? "0" + digits : digits;
            add(found, new IdMention(FactKind.A_NUMBER, value, m.start(), m.end(), formNear(text, m.start())));
        }
    }

    private static void add(List<IdMention> found, IdMention mention) {
        if (found.stream().noneMatch(f -> mention.start() < f.end() && f.start() < mention.end())) {
            found.add(mention);
        }
    }

    /** The form number written in the same line just before, as in "I-130 receipt number: IOE…". */
    private static String formNear(String text, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        String before = text.substring(Math.max(lineStart, at - 80), at);
        Matcher m = FORM.matcher(before);
        String form = null;
        while (m.find()) {
            form = m.group(1).toUpperCase(Locale.ROOT);
        }
        return form;
    }
}
