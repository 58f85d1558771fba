package org.hardshipbinder.checks.facts;

import java.util.List;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/**
 * Decides whose fact a date, number or amount is: the nearest name before it in the same sentence (or the form field
 * above it). A family word in between ("my son", "su esposa") means someone else is meant, so nobody is chosen; "I"
 * or "my" means the person writing the document.
 */
final class PersonResolver {

    private static final int REACH = 160;
    private static final Pattern KIN = Pattern.compile(
            "\\b(son|daughter|child|children|kids?|wife|husband|spouse|mother|father|mom|dad|brother|sister|parents?|"
                    + "grand\\w*|uncle|aunt|cousin|nephew|niece|baby|hij[oa]s?|espos[oa]|madre|padre|mama|papa|herman[oa]s?|"
                    + "abuel[oa]s?|ti[oa]s?|prim[oa]s?|sobrin[oa]s?|bebe|beba|suegr[oa]|marido|mujer|novi[oa]|pareja|nin[oa]s?)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    /** A sentence that goes on about the person just named: "He earns …", "Ella trabaja …". */
    private static final Pattern PRONOUN_START = Pattern.compile("^[.\\s]*(he|she|his|her|el|ella|su)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|my|me|yo|mi|mis|gano|trabajo)\\b");

    private final String text;
    private final String folded;
    private final List<NameMention> mentions;
    private final Long declarant;

    PersonResolver(String text, List<NameMention> mentions, Long declarant) {
        this.text = text;
        this.folded = TextFold.fold(text);
        this.mentions = mentions;
        this.declarant = declarant;
    }

    /** The person the thing at {@code offset} belongs to, or null when the text does not say clearly. */
    Long resolve(int offset, boolean firstPersonMeansDeclarant) {
        NameMention nearest = null;
        for (NameMention m : mentions) {
            if (m.end() <= offset && offset - m.end() <= REACH) {
                nearest = m;
            }
        }
        int from = nearest == null ? Math.max(0, offset - 60) : nearest.end();
        String between = folded.substring(from, offset);
        if (KIN.matcher(clause(between)).find()) {
            return null;
        }
        if (firstPersonMeansDeclarant && FIRST_PERSON.matcher(clause(between)).find()) {
            return declarant;
        }
        if (nearest == null || KIN.matcher(between).find()) {
            return null;
        }
        if (SENTENCE_END.matcher(text.substring(from, offset)).find() && !PRONOUN_START.matcher(clause(between)).find()) {
            return null;
        }
        return nearest.personId();
    }

    /** The last clause before the thing: what comes after the last comma or sentence start. */
    private static String clause(String between) {
        int cut = Math.max(between.lastIndexOf(". "), between.lastIndexOf('\n'));
        return cut >= 0 ? between.substring(cut) : between;
    }
}
