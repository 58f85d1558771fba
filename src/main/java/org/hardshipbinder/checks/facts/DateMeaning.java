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
                "\\b(married|marriage|marry|wedding|matrimonio|casaron|casamos|contrajeron|contrajimos|nupcias|boda)\\b"));
        CUES.put(FactKind.DIAGNOSIS_DATE, Pattern.compile("\\b(diagnos\\w*|diagnostic\\w*)"));
        CUES.put(FactKind.EMPLOYMENT_DATE, Pattern.compile(
                "\\b(employed|hired|employment|started working|working (here |for us |with us )?since|start date|"
                        + "trabaja(ndo)? (aqui |con nosotros )?desde|empleado desde|empleada desde|contratad[oa]|labora desde|fecha de ingreso)\\b"));
        CUES.put(FactKind.ENROLLMENT_DATE, Pattern.compile("\\b(enrolled|enrollment|enrolment|inscrit[oa]|matriculad[oa])\\b"));
        CUES.put(FactKind.DOCUMENT_DATE, Pattern.compile(
                "(\\bdate\\s*:|\\bdated\\b|\\bfecha\\s*:|\\bissued\\b|\\bdate of issue|\\bexpedid[oa]\\b|\\bexpedicion\\b|"
                        + "\\bemision\\b|\\bemitid[oa]\\b|\\bsigned (on|this)\\b|\\bfirmad[oa]\\b|\\bregistrad[oa]\\b|\\bfecha de registro\\b|"
                        + "\\bdate of registration\\b|\\bsworn\\b|\\bsubscribed\\b|\\bthis\\s*$|\\ba los\\s*$)"));
        CUES.put(FactKind.OTHER_DATE, Pattern.compile(
                "\\b(anniversary|aniversario|appointment|cita|scheduled|programad[oa]|until|hasta|expires?|vence|vencimiento|"
                        + "valid|due|next|proxim[oa]|will|follow-?up|seguimiento|return|regreso|expected|estimated|check-?out|"
                        + "divorc\\w*|died|death|fallecio|defuncion)\\b"));
    }

    private DateMeaning() {
    }

    /** The meaning of the date at {@code mention} in a text whose folded form is {@code folded}. */
    public static FactKind classify(String folded, DateMention mention) {
        int from = Math.max(0, mention.start() - WINDOW);
        String before = clipToSentence(folded.substring(from, mention.start()));
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
        return folded.substring(lineStart, mention.start()).isBlank()
                && folded.substring(mention.end()).matches("(?s)\\s*[—–.-]\\s+\\S.*");
    }

    /** Only the words of the date's own sentence or line count as its cue. */
    private static String clipToSentence(String before) {
        int cut = Math.max(before.lastIndexOf('\n'), lastSentenceEnd(before));
        String own = cut >= 0 ? before.substring(cut + 1) : before;
        return own.isBlank() && cut >= 0 ? lastLine(before.substring(0, cut)) + " " : own;
    }

    /** A label on the line above ("Date of birth" over the value in a form) still counts. */
    private static String lastLine(String text) {
        String trimmed = text.stripTrailing();
        int nl = trimmed.lastIndexOf('\n');
        String line = nl >= 0 ? trimmed.substring(nl + 1) : trimmed;
        return line.length() <= 40 ? line : "";
    }

    private static int lastSentenceEnd(String text) {
        Matcher m = Pattern.compile("[a-z]{3,}[.!?;]\\s").matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end() - 2;
        }
        return end;
    }

    /** A line holding only the date, maybe after a place name: "Los Angeles, California, March 3, 2024". */
    static boolean standsAlone(String folded, DateMention mention) {
        int lineStart = folded.lastIndexOf('\n', mention.start() - 1) + 1;
        int lineEnd = folded.indexOf('\n', mention.end());
        String before = folded.substring(lineStart, mention.start());
        String after = folded.substring(mention.end(), lineEnd < 0 ? folded.length() : lineEnd);
        return before.length() <= 50 && before.matches("[\\p{L} .,]*(\\ba\\s*)?") && after.matches("[\\s.,]*");
    }
}
