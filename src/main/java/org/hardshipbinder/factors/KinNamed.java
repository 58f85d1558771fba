package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.text.TextFold;

/**
 * People a text names by a kinship word and their given name only ("his daughter Marta", "mi esposa Lucía",
 * "sua filha Ana"). The given name must belong to exactly one person of the case, so a name two people share, or a
 * given name without a kinship word before it, finds no one. Only in letters where someone outside the family
 * vouches for it (a pastor, a neighbour, an employer): a health professional's relatives of the patient, or a
 * declarant's own family told in passing, are the story's context, not whom the document is about.
 */
final class KinNamed {

    private static final Set<String> KIN = Set.of("mother", "father", "wife", "husband", "son", "daughter", "brother",
            "sister", "aunt", "uncle", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather",
            "mother-in-law", "father-in-law", "madre", "padre", "esposa", "esposo", "hijo", "hija", "hermano", "hermana",
            "tia", "tio", "sobrina", "sobrino", "nieta", "nieto", "abuela", "abuelo", "suegra", "suegro", "mae", "pai",
            "marido", "filho", "filha", "irmao", "irma", "sobrinha", "sobrinho", "neta", "neto", "avo", "sogra", "sogro");
    private static final Pattern KIN_THEN_WORD = Pattern.compile("\\b([a-z]+(?:-in-law)?),? (?=([a-z]+)\\b)");

    private static final Set<String> CONTEXT_ONLY = Set.of("declaration", "affidavit", "medical_record",
            "physician_letter", "psychological_evaluation", "therapy_record", "prescription");

    private KinNamed() {
    }

    /** Whether a document of this type is about the relatives it names by kinship and given name. */
    static boolean speaksForOthers(String type) {
        return !CONTEXT_ONLY.contains(type);
    }

    static List<PeopleDetector.Mention> find(String text, List<Person> people, List<PeopleDetector.Mention> already) {
        String folded = TextFold.compact(text);
        List<PeopleDetector.Mention> found = new ArrayList<>();
        Matcher m = KIN_THEN_WORD.matcher(folded);
        while (m.find()) {
            if (!KIN.contains(m.group(1))) {
                continue;
            }
            String given = m.group(2);
            List<Person> holders = people.stream().filter(p -> {
                List<String> parts = PeopleDetector.nameParts(p.name());
                return !parts.isEmpty() && parts.get(0).equals(given);
            }).toList();
            if (holders.size() != 1) {
                continue;
            }
            Person person = holders.get(0);
            boolean known = already.stream().anyMatch(x -> x.person().equals(person))
                    || found.stream().anyMatch(x -> x.person().equals(person));
            if (!known) {
                found.add(new PeopleDetector.Mention(person, 0.6, m.group(1) + " " + given));
            }
        }
        return found;
    }
}
