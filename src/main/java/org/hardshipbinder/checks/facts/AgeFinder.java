package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.NumberWords;
import org.hardshipbinder.text.TextFold;

/**
 * Finds a person's age as people write it, in digits or words: "a 7-year-old girl", "64 years old", "age 32",
 * "I am sixty-four", "she turned nine", "tiene 35 años", "de 28 años de edad", "tem 64 anos". An age in the past
 * tense ("when he was twenty-one", "tenía 5 años") is kept as past: it is true of the date its sentence gives, not of
 * the document's date.
 */
public final class AgeFinder {

    private static final String N = "(\\d{1,3}|[a-z]+(?:[- ][a-z]+){0,2}?)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b" + N + "[- ]years?[- ]old\\b"),
            Pattern.compile("\\b" + N + "[- ]year[- ]old\\b"),
            Pattern.compile("\\b(?:age|aged|edad|idade)\\s*:?\\s*(\\d{1,3})\\b"),
            Pattern.compile("\\b(?:i am|i'm|he is|she is|is now|i turned|turned|cumplio|cumpli|fez|completou)\\s+" + N + "(?=\\s*(?:[.,;]|years|anos|this|last|in|on|$))"),
            Pattern.compile("\\b(?:tiene|tengo|tenia|tem|tinha|tenho)\\s+" + N + "\\s+anos(?=\\s*(?:[.,;)]|de edad|de idade|$))"),
            Pattern.compile("\\b" + N + "\\s+anos\\s+de\\s+(?:edad|idade)\\b"),
            Pattern.compile("\\b(?:when|cuando|quando)\\s+(?:he|she|i|they|we|el|ella|yo|ele|ela|eu)\\s+(?:was|were|tenia|tinha)\\s+"
                    + N + "(?=\\s*(?:[.,;)]|years|anos|$))"));
    private static final Pattern PAST = Pattern.compile("\\b(was|were|had been|tenia|tinha|era|fue|foi|cuando|when|quando|at the time)\\b");
    /** "at age 5", "a los 5 años", "aos 5 anos": an age at some earlier moment. */
    private static final Pattern AT_AGE = Pattern.compile(
            "\\b(at|a los|aos|a la edad de|com|con)(\\s+(age|the age of|edad|idade))?\\s*$");
    private static final Pattern CLAUSE_START = Pattern.compile("[.;:!?\\n]");

    private AgeFinder() {
    }

    /** Every age in {@code text}; offsets point into it. */
    public static List<AgeMention> find(String text) {
        String folded = TextFold.fold(text);
        List<AgeMention> found = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                String written = m.group(1);
                OptionalInt years = OptionalInt.empty();
                int skipped = 0;
                String[] words = written.split("[- ]");
                for (int i = 0; i < words.length && years.isEmpty(); i++) {
                    years = value(String.join(" ", Arrays.asList(words).subList(i, words.length)));
                    if (years.isEmpty()) {
                        skipped += words[i].length() + 1;
                    }
                }
                int start = m.start(1) + Math.min(skipped, written.length());
                int end = m.end();
                if (years.isEmpty() || years.getAsInt() > 120 || found.stream().anyMatch(a -> start < a.end() && a.start() < end)) {
                    continue;
                }
                found.add(new AgeMention(years.getAsInt(), start, end, past(folded, start)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static OptionalInt value(String written) {
        if (written.matches("\\d+")) {
            return OptionalInt.of(Integer.parseInt(written));
        }
        return NumberWords.parse(Arrays.asList(written.split("[- ]")));
    }

    /** The words of the age's own clause before it speak in the past. */
    private static boolean past(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 60), start);
        Matcher cut = CLAUSE_START.matcher(before);
        int from = 0;
        while (cut.find()) {
            from = cut.end();
        }
        String clause = before.substring(from);
        return PAST.matcher(clause).find() || AT_AGE.matcher(clause).find()
                || folded.startsWith("tenia", start) || folded.startsWith("tinha", start);
    }
}
