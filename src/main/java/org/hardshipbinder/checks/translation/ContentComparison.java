package org.hardshipbinder.checks.translation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.facts.PageName;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.TextSpan;

/**
 * What of an original's content can be found again in its translation without understanding either language: its
 * dates (compared as dates, whatever the format or month language), its longer numbers (compared by their digits)
 * and the case people it names.
 */
final class ContentComparison {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\\-/ ]\\d+)*");
    private static final int MIN_DIGITS = 4;
    /**
     * Original pages OCR read below this mean confidence are too unsure to say what a translation left out; a page in
     * a script without a model keeps only what was read as numbers, so its noisy mean does not count against them.
     */
    private static final double CLEAR_PAGE = 75;

    private ContentComparison() {
    }

    static List<LocalDate> missingDates(DocumentEvidence original, List<DocumentEvidence> translations) {
        Set<LocalDate> found = new LinkedHashSet<>();
        translations.forEach(t -> t.facts().facts().forEach(f -> found.addAll(f.readings())));
        Set<LocalDate> missing = new LinkedHashSet<>();
        for (Fact f : original.facts().facts()) {
            if (f.date() != null && clear(original, f.span().page()) && f.readings().stream().noneMatch(found::contains)) {
                missing.add(f.date());
            }
        }
        return new ArrayList<>(missing);
    }

    static List<String> missingNumbers(DocumentEvidence original, List<DocumentEvidence> translations) {
        StringBuilder digits = new StringBuilder();
        translations.forEach(t -> digits.append(t.fullText().replaceAll("\\D", "")).append('|'));
        List<TextSpan> dateSpans = original.facts().facts().stream().filter(f -> f.date() != null).map(Fact::span).toList();
        Set<String> missing = new LinkedHashSet<>();
        original.texts().stream().filter(page -> clear(original, page.number())).forEach(page -> {
            Matcher m = NUMBER.matcher(page.text());
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                boolean inDate = dateSpans.stream().anyMatch(d -> d.page() == page.number() && s < d.end() && d.start() < e);
                String number = m.group().replaceAll("\\D", "");
                if (!inDate && number.length() >= MIN_DIGITS && digits.indexOf(number) < 0 && !partsFound(m.group(), digits)) {
                    missing.add(m.group().strip());
                }
            }
        });
        return new ArrayList<>(missing);
    }

    /** Counts the original's longer numbers on clearly read pages, so a gap can be weighed against them. */
    static int numberCount(DocumentEvidence original) {
        int count = 0;
        for (var page : original.texts()) {
            if (clear(original, page.number())) {
                Matcher m = NUMBER.matcher(page.text());
                while (m.find()) {
                    if (m.group().replaceAll("\\D", "").length() >= MIN_DIGITS) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static boolean clear(DocumentEvidence d, int page) {
        return d.texts().stream().filter(t -> t.number() == page).findFirst()
                .map(t -> t.numbersOnly() || t.confidence() == null || t.confidence() >= CLEAR_PAGE).orElse(true);
    }

    /** "1234 5678" may be written "1234-5678" or split over lines: every part found is enough. */
    private static boolean partsFound(String number, CharSequence digits) {
        String[] parts = number.split("\\D+");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (digits.toString().indexOf(p) < 0) {
                return false;
            }
        }
        return true;
    }

    static List<Long> missingPeople(DocumentEvidence original, List<DocumentEvidence> translations) {
        Set<Long> inTranslation = new LinkedHashSet<>();
        translations.forEach(t -> t.facts().names().forEach(n -> inTranslation.add(n.mention().personId())));
        Set<Long> missing = new LinkedHashSet<>();
        for (PageName n : original.facts().names()) {
            if (clear(original, n.page()) && !inTranslation.contains(n.mention().personId())) {
                missing.add(n.mention().personId());
            }
        }
        return new ArrayList<>(missing);
    }
}
