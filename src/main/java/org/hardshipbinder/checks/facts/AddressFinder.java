package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds postal addresses where they follow a recognizable shape: a US street line, "City, ST 12345", or a Latin American "Calle … #123". */
public final class AddressFinder {

    private static final Pattern STREET = Pattern.compile(
            "\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d.'-]*\\s+){1,4}"
                    + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|Terrace|Ter|"
                    + "Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Loop)\\b\\.?(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*[\\w-]+)?");
    private static final Pattern CITY_STATE_ZIP = Pattern.compile("\\b[\\p{Lu}][\\p{L} .]{1,30},\\s*[A-Z]{2}\\.?\\s+\\d{5}(?:-\\d{4})?\\b");
    private static final Pattern LATIN = Pattern.compile(
            "(?i)\\b(?:calle|avenida|av\\.|blvd\\.|boulevard|carrera|cra\\.|colonia|col\\.)\\s+[\\p{L}\\d .]{2,40}?(?:#|no\\.|n[uú]m\\.?|numero)\\s*\\d+");

    private AddressFinder() {
    }

    /** Start and end offsets of each address found, in text order. */
    public static List<int[]> find(String text) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern p : List.of(STREET, CITY_STATE_ZIP, LATIN)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (spans.stream().noneMatch(x -> s < x[1] && x[0] < e)) {
                    spans.add(new int[]{s, e});
                }
            }
        }
        spans.sort((a, b) -> a[0] - b[0]);
        return spans;
    }
}
