package org.hardshipbinder.checks.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.text.TextFold;

/**
 * Who "my husband", "mi suegra" or "minha filha" is, from the document's author and the relations recorded in the
 * case (each person's relation to the applicant, or to the beneficiary in a parole case). The author's own words
 * are turned into a relation to that central person: the applicant's wife saying "my mother" means the applicant's
 * mother-in-law. Only a kinship that points at exactly one case person resolves.
 */
final class Kinship {

    /** A kinship word after "my", "our", "mi", "nuestro", "meu", "minha": group 1. */
    static final Pattern MY_KIN = Pattern.compile(
            "\\b(?:my|our|mi|mis|nuestr[oa]s?|meu|minha|meus|minhas|nosso|nossa)\\s+(?:(?:late|dear|beloved|younger|older|elder|little|"
                    + "querid[oa]|difunt[oa]|menor|mayor|mais nov[oa]|mais velh[oa])\\s+)?"
                    + "(husband|wife|spouse|son|daughter|child|father|mother|dad|mom|mum|parents?|brother|sister|"
                    + "father-in-law|mother-in-law|son-in-law|daughter-in-law|niece|nephew|aunt|uncle|grandson|granddaughter|"
                    + "grandmother|grandfather|espos[oa]|marido|conyuge|hij[oa]|padre|madre|papa|mama|herman[oa]|suegr[oa]|"
                    + "yerno|nuera|sobrin[oa]|ti[oa]|niet[oa]|abuel[oa]|filh[oa]|pai|mae|irma|irmao|sogr[oa]|genro|nora|avo|neta|neto)\\b");

    /** Kinship words of three languages, each to the relation it names (English, as relations are recorded). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("husband", "spouse"), Map.entry("wife", "spouse"), Map.entry("spouse", "spouse"),
            Map.entry("esposo", "spouse"), Map.entry("esposa", "spouse"), Map.entry("marido", "spouse"), Map.entry("conyuge", "spouse"),
            Map.entry("son", "son"), Map.entry("hijo", "son"), Map.entry("filho", "son"),
            Map.entry("daughter", "daughter"), Map.entry("hija", "daughter"), Map.entry("filha", "daughter"), Map.entry("child", "child"),
            Map.entry("father", "father"), Map.entry("dad", "father"), Map.entry("padre", "father"), Map.entry("papa", "father"), Map.entry("pai", "father"),
            Map.entry("mother", "mother"), Map.entry("mom", "mother"), Map.entry("mum", "mother"), Map.entry("madre", "mother"),
            Map.entry("mama", "mother"), Map.entry("mae", "mother"),
            Map.entry("brother", "brother"), Map.entry("hermano", "brother"), Map.entry("irmao", "brother"),
            Map.entry("sister", "sister"), Map.entry("hermana", "sister"), Map.entry("irma", "sister"),
            Map.entry("father-in-law", "father-in-law"), Map.entry("suegro", "father-in-law"), Map.entry("sogro", "father-in-law"),
            Map.entry("mother-in-law", "mother-in-law"), Map.entry("suegra", "mother-in-law"), Map.entry("sogra", "mother-in-law"),
            Map.entry("niece", "niece"), Map.entry("sobrina", "niece"), Map.entry("nephew", "nephew"), Map.entry("sobrino", "nephew"),
            Map.entry("aunt", "aunt"), Map.entry("tia", "aunt"), Map.entry("uncle", "uncle"), Map.entry("tio", "uncle"));

    private final List<Person> people;

    Kinship(List<Person> people) {
        this.people = List.copyOf(people);
    }

    /** The person "my {@code word}" means when {@code authorId} writes it; empty when unknown or not one person. */
    Optional<Long> resolve(Long authorId, String word) {
        String said = WORDS.get(TextFold.fold(word).toLowerCase(Locale.ROOT));
        if (authorId == null || said == null) {
            return Optional.empty();
        }
        Person author = people.stream().filter(p -> p.id() == authorId).findFirst().orElse(null);
        if (author == null) {
            return Optional.empty();
        }
        String authorRelation = central(author) ? "self" : relation(author);
        List<Person> matches = people.stream().filter(p -> p.id() != authorId)
                .filter(p -> fits(authorRelation, said, p)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0).id()) : Optional.empty();
    }

    /** Whether {@code p} is who an author related to the central person by {@code authorRelation} calls {@code said}. */
    private boolean fits(String authorRelation, String said, Person p) {
        String rel = central(p) ? "self" : relation(p);
        return switch (authorRelation) {
            case "self" -> sameRelation(said, rel);
            case "spouse" -> switch (said) {
                case "spouse" -> rel.equals("self");
                case "son", "daughter", "child" -> sameRelation(said, rel);
                case "father" -> rel.equals("father-in-law");
                case "mother" -> rel.equals("mother-in-law");
                case "father-in-law" -> rel.equals("father");
                case "mother-in-law" -> rel.equals("mother");
                default -> false;
            };
            case "son", "daughter", "child" -> switch (said) {
                case "father", "mother" -> rel.equals("self") || rel.equals("spouse");
                case "brother", "sister" -> sameRelation("child", rel);
                default -> false;
            };
            case "father", "mother" -> switch (said) {
                case "son", "daughter", "child" -> rel.equals("self");
                case "spouse" -> rel.equals(authorRelation.equals("father") ? "mother" : "father");
                default -> false;
            };
            case "aunt", "uncle" -> switch (said) {
                case "niece", "nephew" -> rel.equals("self");
                case "sister", "brother" -> rel.equals("mother") || rel.equals("father");
                default -> false;
            };
            default -> false;
        };
    }

    private static boolean sameRelation(String said, String rel) {
        if (said.equals("child")) {
            return rel.equals("son") || rel.equals("daughter") || rel.equals("child");
        }
        return said.equals(rel) || (rel.equals("child") && (said.equals("son") || said.equals("daughter")));
    }

    private static boolean central(Person p) {
        String rel = p.relation() == null ? "" : TextFold.compact(p.relation());
        return rel.equals("self") || p.role() == Role.APPLICANT && (rel.isEmpty() || rel.equals("applicant"));
    }

    /** A recorded relation reduced to one word: "maternal aunt" → aunt, "step-son" stays unknown. */
    private static String relation(Person p) {
        String rel = p.relation() == null ? "" : TextFold.compact(p.relation());
        Matcher m = Pattern.compile("(father-in-law|mother-in-law|spouse|husband|wife|son|daughter|child|father|mother|brother|"
                + "sister|niece|nephew|aunt|uncle)$").matcher(rel);
        if (!m.find() || rel.contains("step") || rel.contains("'s ")) {
            return "";
        }
        String word = m.group(1);
        return WORDS.getOrDefault(word, word);
    }
}
