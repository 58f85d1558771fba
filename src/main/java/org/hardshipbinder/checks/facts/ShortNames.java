package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.text.TextFold;

/**
 * The short ways a letter goes on about someone it has named: a given name alone ("Yaryna is …") and a title with
 * the surname ("Ms. Marchuk", "Sr. Bastos"). They only help decide whose fact something is, never count as a
 * spelling of the name: a given name counts when exactly one case person has it; a surname when exactly one person
 * who carries it is named in full in the same document (so a parent and a child who share a surname are never
 * taken for each other), else when exactly one adult in the case carries it.
 */
final class ShortNames {

    private static final Pattern TITLE_SURNAME = Pattern.compile(
            "\\b(?i:mr|mrs|ms|miss|mx|sr|sra|srta|señor|señora|señorita|senhor|senhora|don|doña|dona)\\.?\\s+(\\p{Lu}\\p{L}+)(?!\\p{L})");
    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}+(?!\\p{L})");

    /** The person id of a mention of someone the case cannot name for sure. */
    static final long UNKNOWN = -1;

    private final Map<String, List<Long>> byGivenName = new HashMap<>();
    private final Map<String, List<Person>> bySurname = new HashMap<>();

    ShortNames(List<Person> people) {
        for (Person p : people) {
            PersonName name = PersonName.of(p.id(), p.name());
            if (name.size() < 2) {
                continue;
            }
            byGivenName.computeIfAbsent(name.firstFolded(), k -> new ArrayList<>()).add(p.id());
            for (String word : name.folded().subList(1, name.size())) {
                bySurname.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Short mentions in {@code text} outside the full mentions already found; {@code namedInDocument}: people named in full. */
    List<NameMention> find(String text, List<NameMention> full, Set<Long> namedInDocument) {
        List<NameMention> found = new ArrayList<>();
        Matcher titled = TITLE_SURNAME.matcher(text);
        while (titled.find()) {
            if (inside(full, titled.start(1))) {
                continue;
            }
            // A title (Mr., Sra., Dona) is an adult's: a child of the case is never meant by it.
            List<Person> carriers = bySurname.getOrDefault(TextFold.fold(titled.group(1)), List.of()).stream()
                    .filter(p -> p.role() != Role.CHILD).toList();
            List<Person> named = carriers.stream().filter(p -> namedInDocument.contains(p.id())).toList();
            List<Person> pick = named.size() == 1 ? named : named.isEmpty() && carriers.size() == 1 ? carriers : List.of();
            // Someone not (or not surely) a case person is still someone: they stop an earlier name from reaching past them.
            found.add(mention(pick.size() == 1 ? pick.get(0).id() : UNKNOWN, titled.start(), titled.end(1), text));
        }
        Matcher word = CAPITALIZED.matcher(text);
        while (word.find()) {
            List<Long> ids = byGivenName.getOrDefault(TextFold.fold(word.group()), List.of());
            if (ids.size() == 1 && !inside(full, word.start()) && !inside(found, word.start()) && !followedByName(text, word.end())) {
                found.add(mention(ids.get(0), word.start(), word.end(), text));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** "Ana Gómez" where only "Ana" is a case person's name is someone else, not a short mention. */
    private static boolean followedByName(String text, int end) {
        return end < text.length() - 1 && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static boolean inside(List<NameMention> mentions, int at) {
        return mentions.stream().anyMatch(m -> m.start() <= at && at < m.end());
    }

    private static NameMention mention(long personId, int start, int end, String text) {
        return new NameMention(personId, start, end, text.substring(start, end), EnumSet.of(NameVariant.SHORTER));
    }
}
