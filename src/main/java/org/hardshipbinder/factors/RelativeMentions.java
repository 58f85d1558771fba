package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.text.TextFold;

/**
 * People a text names by their relation to the applicant or beneficiary rather than by name: "Ana's mother",
 * "la madre de Ana". A relative counts when the phrase names the principal by given name and exactly one person of the
 * case has that relation, so "his mother" alone, or a relation two people share, finds no one.
 */
final class RelativeMentions {

    /** A relation as written (English or Spanish) → the relations recorded in a case that it designates. */
    private static final Map<String, Set<String>> WORDS = Map.ofEntries(
            Map.entry("mother", Set.of("mother", "mom")), Map.entry("madre", Set.of("mother", "mom", "madre")),
            Map.entry("mama", Set.of("mother", "mom", "madre", "mama")),
            Map.entry("father", Set.of("father", "dad")), Map.entry("padre", Set.of("father", "dad", "padre")),
            Map.entry("papa", Set.of("father", "dad", "padre", "papa")),
            Map.entry("wife", Set.of("wife", "spouse")), Map.entry("esposa", Set.of("wife", "spouse", "esposa")),
            Map.entry("husband", Set.of("husband", "spouse")), Map.entry("esposo", Set.of("husband", "spouse", "esposo")),
            Map.entry("son", Set.of("son", "child")), Map.entry("hijo", Set.of("son", "child", "hijo")),
            Map.entry("daughter", Set.of("daughter", "child")), Map.entry("hija", Set.of("daughter", "child", "hija")),
            Map.entry("brother", Set.of("brother")), Map.entry("hermano", Set.of("brother", "hermano")),
            Map.entry("sister", Set.of("sister")), Map.entry("hermana", Set.of("sister", "hermana")));

    private RelativeMentions() {
    }

    static List<PeopleDetector.Mention> find(String text, List<Person> people, List<PeopleDetector.Mention> named) {
        String folded = TextFold.compact(text);
        List<PeopleDetector.Mention> found = new ArrayList<>();
        for (Person principal : people) {
            if (principal.role() != Role.APPLICANT && principal.role() != Role.BENEFICIARY) {
                continue;
            }
            List<String> parts = PeopleDetector.nameParts(principal.name());
            if (parts.isEmpty()) {
                continue;
            }
            String given = Pattern.quote(parts.get(0));
            WORDS.forEach((word, relations) -> {
                Pattern phrase = Pattern.compile("\\b" + given + "['\u2019]?s " + word + "\\b|\\b" + word + " de " + given + "\\b");
                if (!phrase.matcher(folded).find()) {
                    return;
                }
                List<Person> candidates = people.stream().filter(p -> p.relation() != null
                        && relations.contains(TextFold.compact(p.relation()).strip())).toList();
                if (candidates.size() == 1 && named.stream().noneMatch(m -> m.person().equals(candidates.get(0)))
                        && found.stream().noneMatch(m -> m.person().equals(candidates.get(0)))) {
                    found.add(new PeopleDetector.Mention(candidates.get(0), 0.6, word));
                }
            });
        }
        return found;
    }
}
