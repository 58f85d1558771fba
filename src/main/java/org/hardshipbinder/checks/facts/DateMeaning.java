package org.hardshipbinder.checks.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.text.DateMention;

/**
 * Reads what a date means from the words just before it ("born on", "fecha de nacimiento:", "diagnosed in",
 * "Date:"), the nearest cue winning; a date standing alone on its line, as at the head of a letter, is the
 * document's own date.
 */
public final class DateMeaning {

    private static final int WINDOW = 70;
    private static final Map<FactKind, Pattern> CUES = new LinkedHashMap<>();

    static {
        CUES.put(FactKind.BIRTH_DATE, Pattern.compile(
                "\\b(born|birth|birthdate|dob|d\\.o\\.b|nacio|nacida|nacido|nacimiento|naci|f\\. de nac|fecha de nac)\\b"));
        CUES.put(FactKind.MARRIAGE_DATE, Pattern.compile(
                "\\b(married|marriage|marry|wedding|matrimonio|casaron|casamos|contrajeron|contrajimos|nupcias|boda|"
                        + "casamento|casaram|casou|casamos)\\b"));
        CUES.put(FactKind.DIAGNOSIS_DATE, Pattern.compile("\\b(diagnos\\w*|diagnostic\\w*)"));
        CUES.put(FactKind.EMPLOYMENT_DATE, Pattern.compile(
                "\\b(employed|hired|employment|started working|working (here |for us |with us )?since|start date|"
                        + "trabaja(ndo)? (aqui |con nosotros )?desde|empleado desde|empleada desde|contratad[oa]|labora desde|fecha de ingreso)\\b"));
        CUES.put(FactKind.ENROLLMENT_DATE, Pattern.compile(
                "\\b(enrolled|enrollment|enrolment|started (school|kindergarten|first grade)|inscrit[oa]|matriculad[oa]|matricula)\\b"));
        CUES.put(FactKind.ENTRY_DATE, Pattern.compile(
                "\\b(entered|entry|arrived|came to (the united states|the us|the u\\.s\\.|this country)|admitted (to|into) the united states|"
                        + "ingres[oé] a|entr[oó] a|lleg[oó] a|llegamos a|chegou|chegamos|entrou)\\b"));
        CUES.put(FactKind.DEPARTURE_DATE, Pattern.compile(
                "\\b(left the united states|left the us|departed|departure|deported|removed|went back to|returned to (his|her|my|their) (home )?country|"
                        + "sali[oó] de|salimos de|deportad[oa]|regres[oó] a|saiu d[oe]|voltou)\\b"));
        CUES.put(FactKind.TREATMENT_DATE, Pattern.compile(
                "\\b(treated|treatment|surgery|operated|hospitali[sz]ed|admitted|infusion|chemotherapy|transplant|discharged|"
                        + "tratamiento|tratad[oa]|cirug[ií]a|operad[oa]|hospitalizad[oa]|internad[oa]|tratamento|alta)\\b"));
        CUES.put(FactKind.DOCUMENT_DATE, Pattern.compile(
                "(\\bdate\\s*:|\\bdated\\b|\\bfecha\\s*:|\\bissued\\b|\\bdate of issue|\\bexpedid[oa]\\b|\\bexpedicion\\b|"
                        + "\\bemision\\b|\\bemitid[oa]\\b|\\bsigned (on|this)\\b|\\bexecuted (on|this)\\b|\\bfirmad[oa]\\b|\\bregistrad[oa]\\b|\\bfecha de registro\\b|"
                        + "\\bdate of registration\\b|\\bsworn\\b|\\bsubscribed\\b|\\bthis\\s*$|\\ba los\\s*$)"));
        CUES.put(FactKind.OTHER_DATE, Pattern.compile(
                "\\b(anniversary|aniversario|tentative|planned|previst[oa]|appointment|cita|scheduled|programad[oa]|until|hasta|expires?|vence|vencimiento|"
                        + "valid|due|next|proxim[oa]|will|follow-?up|seguimiento|return|regreso|expected|estimated|check-?out|"
                        + "divorc\\w*|died|death|fallecio|defuncion)\\b"));
    }

    private DateMeaning() {
    }

    /** In a marriage record, "Date of celebration" and the like are the marriage's date. */
    private static final Pattern CELEBRATION = Pattern.compile("\\b(celebracion|celebrad[oa]|celebrated|celebration|solemni[sz]ed|celebracao)\\b");

    /** ", and became …", "; " : a new clause with its own verb; a cue before it belongs to the clause before. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(,\\s+(and|y|e|but|pero|mas)\\s|;\\s)");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "\\b(inc|ltd|llc|corp|co|jr|sr|dr|dra|mr|mrs|ms|no|st|ave|apt|blvd|dept|approx|etc|vs|sra|srta|lic|ing|abog)\\.\\s$");

    private static int lastMatchEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** The meaning of the date at {@code mention} in a text whose folded form is {@code folded}. */
    public static FactKind classify(String folded, DateMention mention) {
        return classify(folded, mention, false);
    }

    /**
     * The meaning of the date at {@code mention}; {@code marriageRecord}: the text is a marriage certificate or its
     * translation, where the date of the celebration is the marriage date.
     */
    public static FactKind classify(String folded, DateMention mention, boolean marriageRecord) {
        return classify(folded, mention, marriageRecord, 0);
    }

    /**
     * As {@link #classify(String, DateMention, boolean)}, where the cue must come after {@code floor}: the end of the
     * date before it, so "(born February 9, 1962) since August 2014" gives the second date no birth cue.
     */
    public static FactKind classify(String folded, DateMention mention, boolean marriageRecord, int floor) {
        if (marriageRecord) {
            String before = clipToSentence(folded.substring(Math.max(floor, mention.start() - WINDOW), mention.start()));
            if (CELEBRATION.matcher(before).find()) {
                return FactKind.MARRIAGE_DATE;
            }
        }
        int from = Math.max(Math.max(0, floor), mention.start() - WINDOW);
        String before = clipToSentence(folded.substring(from, mention.start()));
        int clauseCut = lastMatchEnd(CLAUSE_BREAK, before);
        if (clauseCut > 0) {
            before = before.substring(clauseCut);
        }
        FactKind best = null;
        int bestEnd = -1;
        for (Map.Entry<FactKind, Pattern> cue : CUES.entrySet()) {
            Matcher m = cue.getValue().matcher(before);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = cue.getKey();
                }
            }
        }
        if (best != null) {
            return best;
        }
        return standsAlone(folded, mention) || labelled(folded, mention) || dateline(folded, mention)
                ? FactKind.DOCUMENT_DATE : FactKind.OTHER_DATE;
    }

    /** A form field with a short label of its own: "Updated: May 7, 2023", "Fecha de corte: 26 de julio de 2023". */
    static boolean labelled(String folded, DateMention mention) {
        int lineStart = folded.lastIndexOf('\n', mention.start() - 1) + 1;
        String before = folded.substring(lineStart, mention.start());
        int cut = Math.max(before.lastIndexOf("  "), before.lastIndexOf('\t'));
        String label = cut >= 0 ? before.substring(cut).strip() : before.strip();
        return label.matches("[\\p{L} .'’/()-]{2,30}:");
    }

    /** A news dateline: the date opens the line and the text follows a dash or a full stop. */
    static boolean dateline(String folded, DateMention mention) {
        int lineStart = folded.lastIndexOf('\n', mention.start() - 1) + 1;
        int previousLine = folded.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
        boolean afterProse = lineStart > 0 && wrappedProse(folded.substring(previousLine, lineStart).strip());
        return !afterProse && folded.substring(lineStart, mention.start()).isBlank()
                && folded.substring(mention.end()).matches("(?s)\\s*[—–.-]\\s+\\S.*");
    }

    /**
     * Only the words of the date's own sentence or form line count as its cue. A line break inside a paragraph of
     * prose (the line before it is long) does not end the sentence; one after a short line or a label does.
     */
    private static String clipToSentence(String before) {
        int cut = Math.max(lineCut(before), lastSentenceEnd(before));
        String own = cut >= 0 ? before.substring(cut + 1) : before;
        return own.isBlank() && cut >= 0 ? lastLine(before.substring(0, cut)) + " " : own;
    }

    /** A long line that stops mid-sentence (on a letter or a comma): prose wrapped onto the next line. */
    private static boolean wrappedProse(String line) {
        if (line.length() < 45) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return Character.isLetter(last) || last == ',';
    }

    private static int lineCut(String before) {
        int nl = before.lastIndexOf('\n');
        while (nl >= 0) {
            int previous = before.lastIndexOf('\n', nl - 1);
            String line = before.substring(previous + 1, nl).strip();
            boolean wrappedProse = wrappedProse(line);
            if (!wrappedProse) {
                return nl;
            }
            nl = previous;
        }
        return -1;
    }

    /** A label on the line above ("Date of birth" over the value in a form) still counts. */
    private static String lastLine(String text) {
        String trimmed = text.stripTrailing();
        int nl = trimmed.lastIndexOf('\n');
        String line = nl >= 0 ? trimmed.substring(nl + 1) : trimmed;
        return line.length() <= 40 ? line : "";
    }

    private static int lastSentenceEnd(String text) {
        Matcher m = Pattern.compile("(?:[a-z]{3,}|\\d{2,})[.!?;]\\s").matcher(text);
        int end = -1;
        while (m.find()) {
            if (!ABBREVIATION.matcher(text.substring(Math.max(0, m.start() - 2), m.end())).find()) {
                end = m.end() - 2;
            }
        }
        return end;
    }

    /** A line holding only the date, maybe after a place name: "Los Angeles, California, March 3, 2024". */
    static boolean standsAlone(String folded, DateMention mention) {
        int lineStart = folded.lastIndexOf('\n', mention.start() - 1) + 1;
        int lineEnd = folded.indexOf('\n', mention.end());
        String before = folded.substring(lineStart, mention.start());
        String after = folded.substring(mention.end(), lineEnd < 0 ? folded.length() : lineEnd);
        int previousLine = folded.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
        boolean afterProse = lineStart > 0 && wrappedProse(folded.substring(previousLine, lineStart).strip());
        boolean placeOrNothing = before.isBlank() || before.strip().matches("[\\p{L} .,]*,(\\s*a)?");
        return !afterProse && before.length() <= 50 && placeOrNothing && after.matches("[\\s.,]*");
    }
}
