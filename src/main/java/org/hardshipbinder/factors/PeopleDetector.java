package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.text.TextFold;

/**
 * Finds the case's people in a text, tolerant of accents, case, a missing second surname or middle name, names
 * written surname-first, and one OCR slip in a longer name part (Levenshtein distance 1 for parts of 6+ letters,
 * or the classic "rn" read as "m").
 * A mention needs the given name and at least one more part of the name close together.
 */
public final class PeopleDetector {

    /** A person mentioned, how much of their name was found, and the words found. */
    public record Mention(Person person, double confidence, String found) {
    }

    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "da", "dos", "van", "von");
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final int WINDOW = 4;

    public List<Mention> detect(String text, List<Person> people) {
        String[] words = TextFold.compact(text).split("[^a-z0-9]+");
        List<Mention> mentions = new ArrayList<>();
        for (Person person : people) {
            List<String> parts = nameParts(person.name());
            if (parts.size() < 2) {
                continue;
            }
            Mention best = null;
            for (int i = 0; i < words.length; i++) {
                if (!same(words[i], parts.get(0))) {
                    continue;
                }
                List<String> found = new ArrayList<>(List.of(words[i]));
                for (String part : parts.subList(1, parts.size())) {
                    for (int j = Math.max(0, i - WINDOW); j <= Math.min(words.length - 1, i + WINDOW); j++) {
                        if (j != i && same(words[j], part)) {
                            found.add(words[j]);
                            break;
                        }
                    }
                }
                if (found.size() >= 2) {
                    double confidence = 0.55 + 0.4 * found.size() / parts.size();
                    if (best == null || confidence > best.confidence()) {
                        best = new Mention(person, Math.min(0.95, confidence), String.join(" ", found));
                    }
                }
            }
            if (best != null) {
                mentions.add(best);
            }
        }
        return mentions;
    }

    /** OCR reads "rn" as "m" and "vv" as "w" often enough to forgive them. */
    private static String ocrShape(String word) {
        return word.replace("rn", "m").replace("vv", "w");
    }

    static List<String> nameParts(String name) {
        return Arrays.stream(TextFold.compact(name).split("[^a-z0-9]+"))
                .filter(p -> !p.isEmpty() && !PARTICLES.contains(p)).toList();
    }

    private static boolean same(String word, String part) {
        if (word.equals(part) || ocrShape(word).equals(ocrShape(part))) {
            return true;
        }
        return part.length() >= 6 && Math.abs(word.length() - part.length()) <= 1 && ONE_EDIT.apply(word, part) >= 0;
    }
}
