package org.hardshipbinder.checks.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.text.TextFold;

/**
 * Decides whose fact a date, number, amount or age is: the nearest name before it in the same sentence (or the form
 * field above it), a short mention ("Ms. Marchuk", "Yaryna") included. "My mother-in-law" and the like are resolved
 * through the author ({@link Kinship}); another family word in between ("his son", "su esposa") means someone else
 * is meant, so nobody is chosen; "I" or "my" means the person writing the document.
 */
final class PersonResolver {

    private static final int REACH = 160;
    private static final Pattern KIN = Pattern.compile(
            "\\b(son|sons|daughters?|child|children|kids?|wife|husband|spouse|mother|father|mom|dad|brother|sister|parents?|"
                    + "grand\\w*|uncle|aunt|cousin|nephew|niece|baby|hij[oa]s?|espos[oa]|madre|padre|mama|papa|herman[oa]s?|"
                    + "abuel[oa]s?|ti[oa]s?|prim[oa]s?|sobrin[oa]s?|bebe|beba|suegr[oa]|marido|mujer|novi[oa]|pareja|nin[oa]s?|"
                    + "filh[oa]s?|pai|mae|irma|irmao|sogr[oa])\\b");
    private static final Pattern PARAGRAPH = Pattern.compile("[.!?]\\s*\\n\\s*\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    /** A sentence that goes on about the person just named: "He earns …", "Ella trabaja …". */
    private static final Pattern PRONOUN_START = Pattern.compile("^[.\\s]*(he|she|his|her|el|ella|su|ele|dela|dele)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(i|my|me|yo|mi|mis|gano|trabajo|eu|meu|minha)\\b");
    /** A form label naming whose record a page is: "Employee:", "Patient:", "Nombre:", "Re:". */
    private static final Pattern SUBJECT_LABEL = Pattern.compile(
            "(?i)(employee|patient|name|member|account owner|student|client|beneficiary|claimant|re|paciente|nombre|"
                    + "empleado|empleada|alumno|alumna|nome|beneficiario)['’]?s?\\b[^\\n]{0,50}\\s*$");

    private final String text;
    private final String folded;
    private final List<NameMention> mentions;
    private final Long declarant;
    private final Kinship kinship;

    PersonResolver(String text, List<NameMention> mentions, Long declarant, Kinship kinship) {
        this.text = text;
        this.folded = TextFold.fold(text);
        this.mentions = mentions;
        this.declarant = declarant;
        this.kinship = kinship;
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
        String clause = clause(from, offset);
        Matcher kin = lastMatch(Kinship.MY_KIN, clause);
        if (kin != null) {
            return kinship.resolve(declarant, kin.group(1)).orElse(null);
        }
        if (KIN.matcher(clause).find()) {
            return null;
        }
        if (firstPersonMeansDeclarant && FIRST_PERSON.matcher(clause).find()) {
            return declarant;
        }
        if (nearest == null || KIN.matcher(between).find()) {
            return null;
        }
        boolean newSentence = SENTENCE_END.matcher(text.substring(from, offset)).find() || PARAGRAPH.matcher(between).find();
        if (newSentence && !PRONOUN_START.matcher(clause).find()) {
            return null;
        }
        return nearest.personId() == ShortNames.UNKNOWN ? null : nearest.personId();
    }

    /**
     * Whose record a form page is: the one case person named on it, else the one named after a label such as
     * "Employee:"; null when it does not say.
     */
    Long subject() {
        List<Long> named = mentions.stream().map(NameMention::personId).filter(id -> id != ShortNames.UNKNOWN).distinct().toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        List<Long> labelled = mentions.stream().filter(m -> m.personId() != ShortNames.UNKNOWN).filter(m -> {
            int lineStart = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
            String before = text.substring(Math.max(0, lineStart - 60), m.start());
            return SUBJECT_LABEL.matcher(before).find();
        }).map(NameMention::personId).distinct().toList();
        return labelled.size() == 1 ? labelled.get(0) : null;
    }

    private static Matcher lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        Matcher last = null;
        while (m.find()) {
            last = p.matcher(s);
            last.find(m.start());
        }
        return last;
    }

    /**
     * The last clause before {@code offset} (from {@code from} on): what comes after the last sentence end, or after
     * the last line break that ends a line of its own (a line of prose wrapped onto the next does not end a clause).
     */
    private String clause(int from, int offset) {
        String between = folded.substring(from, offset);
        int cut = between.lastIndexOf(". ");
        for (int nl = between.lastIndexOf('\n'); nl > cut; nl = between.lastIndexOf('\n', nl - 1)) {
            int at = from + nl;
            int lineStart = folded.lastIndexOf('\n', at - 1) + 1;
            String line = folded.substring(lineStart, at).strip();
            char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
            boolean wrapped = line.length() >= 45 && (Character.isLetter(last) || last == ',');
            if (!wrapped) {
                cut = nl;
                break;
            }
        }
        return cut >= 0 ? between.substring(cut) : between;
    }
}
