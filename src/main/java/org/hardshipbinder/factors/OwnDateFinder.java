package org.hardshipbinder.factors;

import org.hardshipbinder.text.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a document's own date (when it was signed, issued, written or closed) from the dates it mentions, and says
 * why: a declaration's date is the date it was signed, not an event years earlier; a translation's is its
 * certificate's; a letter's stands on its own line at the head; a record's is its date of issue; a statement's is
 * the end of its period; a W-2's is the last day of its tax year. A first-person statement with none of these is
 * undated: the dates of events it tells are never taken for its own.
 */
public final class OwnDateFinder {

    /** Why a date was taken for the document's own, strongest first. */
    public enum Reason {
        TRANSLATION_CERTIFICATE(6, 0.9), SIGNED(5, 0.9), TAX_YEAR(5, 0.8), ISSUED(4, 0.85), LETTER_DATE(4, 0.85),
        LABELLED(4, 0.85), PERIOD_END(3, 0.8), LATEST(1, 0.45);

        final int weight;
        final double confidence;

        Reason(int weight, double confidence) {
            this.weight = weight;
            this.confidence = confidence;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record OwnDate(LocalDate date, Reason reason, double confidence, String text) {
    }

    private static final int HEAD_LINES = 15;
    private static final int TITLE_LINES = 3;
    private static final int CONTEXT = 90;
    private static final Pattern SIGNED = Pattern.compile(
            "\\b(executed|signed|sworn|subscribed|affirmed|firmad[oa]|firmo|firma(do)? (en|el)|assinad[oa]|assino|juramentad[oa])\\b");
    private static final Pattern ISSUED = Pattern.compile(
            "\\b(issued|issue date|date of issue|statement date|notice date|pay ?date|letter date|report date|"
                    + "date of (the )?(report|letter|evaluation|statement|notice|issue)|se extiende|extiende|se expide|expide|"
                    + "extendid[oa]|(fecha|data) de (emision|expedicion|emissao|expedicao)|"
                    + "expedid[oa]|expedicion|emitid[oa]|emision|emitid[oa]|fecha de pago|data de emissao|emissao|"
                    + "published|publicad[oa]|publicado em|updated|actualizad[oa]|atualizad[oa])\\b");
    private static final Pattern LABEL = Pattern.compile(
            "\\b(date|fecha|data)\\b([^:]{0,25}:)?\\s*$");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(born|birth|dob|d\\.o\\.b|nacimiento|nacid[oa]|naci|nascimento|nascid[oa]|married|marriage|matrimonio|"
                    + "casamento|casad[oa]s?|celebracion|celebrad[oa]|death|died|defuncion|fallecio|obito|faleceu|"
                    + "registration|registered|registro|inscripcion|inscrit[oa]|registo|registrad[oa]|admission|admitted|"
                    + "ingreso|internad[oa]|discharged?|diagnos\\w*|scheduled|appointment|since|desde|until|hasta|ate|"
                    + "expir\\w*|valid|vence|vencimiento|beginning|begins|starts?|entered|arrived|approved|received|"
                    + "receipt date|priority date|effective|hired|employed|due|next|proxim[oa])\\b");
    private static final Pattern RANGE = Pattern.compile("^\\s*(-|–|to|through|thru|al|a|hasta|ate)\\s*$");
    private static final Pattern PERIOD = Pattern.compile("\\b(period|periodo|statement|extrato|from|del|de)\\b");
    private static final Pattern TRANSLATION_CERTIFICATE = Pattern.compile(
            "(translat\\w*|traduc\\w*|tradut\\w*).{0,80}(certif\\w*|attest\\w*|competent|declar\\w*)|"
                    + "(certif\\w*|attest\\w*|competent).{0,80}(translat\\w*|traduc\\w*|tradut\\w*)");
    private static final Pattern TAX_FORM = Pattern.compile("\\b(wage and tax statement|form w-?2|w-2|1099(-[a-z]+)?)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern FIRST_PERSON_STATEMENT = Pattern.compile(
            "\\b(i declare|i swear|i affirm|i certify|penalty of perjury|declaro|juro|afirmo|declaro sob|"
                    + "i, [a-z]+ .{0,60}(declare|state|swear))\\b");

    private final DateDetector dates;

    public OwnDateFinder(DateDetector dates) {
        this.dates = dates;
    }

    private record Candidate(DateDetector.Mention mention, int line, Reason reason) {
    }

    public Optional<OwnDate> find(String text) {
        String[] lines = text.split("\\R");
        List<String> folded = new ArrayList<>();
        for (String line : lines) {
            folded.add(TextFold.fold(line));
        }
        String all = String.join("\n", folded);
        Optional<OwnDate> taxYear = taxYear(folded);
        if (taxYear.isPresent()) {
            return taxYear;
        }
        boolean dayFirst = DateDetector.dayFirst(all);
        int certificate = certificateStart(folded);
        int[] lineStarts = lineStarts(folded);
        List<Candidate> candidates = new ArrayList<>();
        List<DateDetector.Mention> found = dates.mentions(all.replace('\n', ' '), dayFirst);
        DateDetector.Mention previous = null;
        for (DateDetector.Mention m : found) {
            int i = lineOf(lineStarts, m.start());
            String line = folded.get(i);
            DateDetector.Mention local = new DateDetector.Mention(m.date(), m.start() - lineStarts[i],
                    Math.min(line.length(), m.end() - lineStarts[i]), m.text());
            DateDetector.Mention before = previous != null && lineOf(lineStarts, previous.start()) == i
                    ? new DateDetector.Mention(previous.date(), previous.start() - lineStarts[i],
                    previous.end() - lineStarts[i], previous.text()) : null;
            previous = m;
            Reason reason = reason(line, context(folded, i, local.start()), local, before, nonEmptyUpTo(folded, i), i,
                    folded.size());
            if (reason != null && certificate >= 0 && i >= certificate && reason != Reason.LATEST) {
                reason = Reason.TRANSLATION_CERTIFICATE;
            }
            if (reason != null) {
                candidates.add(new Candidate(m, i, reason));
            }
        }
        if (certificate >= 0 && candidates.stream().noneMatch(c -> c.reason() == Reason.TRANSLATION_CERTIFICATE)) {
            // A certificate without a date of its own: the translation carries its original's date.
            candidates.removeIf(c -> c.line() >= certificate);
        }
        if (FIRST_PERSON_STATEMENT.matcher(all).find()) {
            candidates.removeIf(c -> c.reason() == Reason.LATEST || c.reason() == Reason.LETTER_DATE && c.line() < 3);
        }
        return candidates.stream()
                .max(Comparator.comparingInt((Candidate c) -> c.reason().weight).thenComparing(c -> c.mention().date()))
                .map(c -> new OwnDate(c.mention().date(), c.reason(), c.reason().confidence, lines[c.line()].strip()));
    }

    private static int[] lineStarts(List<String> lines) {
        int[] starts = new int[lines.size()];
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = at;
            at += lines.get(i).length() + 1;
        }
        return starts;
    }

    private static int lineOf(int[] starts, int offset) {
        int line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) {
            line++;
        }
        return line;
    }

    private static int nonEmptyUpTo(List<String> lines, int line) {
        return (int) lines.subList(0, line + 1).stream().filter(l -> !l.isBlank()).count();
    }

    private static Reason reason(String line, String before, DateDetector.Mention m, DateDetector.Mention previous,
                                 int nonEmptyIndex, int lineIndex, int lineCount) {
        String own = sentence(before);
        Matcher event = EVENT.matcher(own);
        int eventEnd = -1;
        while (event.find()) {
            eventEnd = event.end();
        }
        if (previous != null && previous.end() <= m.start()
                && RANGE.matcher(line.substring(previous.end(), m.start())).matches()
                && PERIOD.matcher(line.substring(0, previous.start())).find()) {
            return Reason.PERIOD_END;
        }
        if (lastEnd(SIGNED, own) > eventEnd) {
            return Reason.SIGNED;
        }
        if (lastEnd(ISSUED, own) > eventEnd) {
            return Reason.ISSUED;
        }
        if (eventEnd >= 0) {
            return null;
        }
        if (standsAlone(line, m)) {
            return nonEmptyIndex <= HEAD_LINES ? Reason.LETTER_DATE : lineIndex >= lineCount - 12 ? Reason.SIGNED : Reason.LABELLED;
        }
        if (LABEL.matcher(line.substring(0, m.start())).find()) {
            return Reason.LABELLED;
        }
        return Reason.LATEST;
    }

    /** The text before the date on its line, with the previous line when the sentence began there. */
    private static String context(List<String> lines, int line, int start) {
        String before = lines.get(line).substring(0, start);
        if (line > 0 && !before.contains(":") && before.length() < CONTEXT) {
            before = lines.get(line - 1) + " " + before;
        }
        return before.length() > CONTEXT ? before.substring(before.length() - CONTEXT) : before;
    }

    /** Only the words of the date's own sentence count as its cue. */
    private static String sentence(String before) {
        int cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
        return cut >= 0 ? before.substring(cut + 2) : before;
    }

    private static int lastEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** A line holding only the date, maybe after a place name or a short label: "Austin, Texas, March 3, 2024". */
    private static boolean standsAlone(String line, DateDetector.Mention m) {
        String before = line.substring(0, m.start());
        String after = line.substring(m.end());
        return before.length() <= 50 && before.matches("[\\p{L} .,]*") && after.matches("[\\s.,]*");
    }

    /**
     * The line where a translator's certificate begins, or -1. The first lines are the document's title ("Certified
     * English translation"), not its certificate.
     */
    private static int certificateStart(List<String> lines) {
        int nonEmpty = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++nonEmpty <= TITLE_LINES) {
                continue;
            }
            String two = lines.get(i) + " " + (i + 1 < lines.size() ? lines.get(i + 1) : "");
            if (TRANSLATION_CERTIFICATE.matcher(two).find()) {
                return i;
            }
        }
        return -1;
    }

    /** A W-2 or 1099 carries its tax year and no date of issue: by convention, the last day of that year. */
    private static Optional<OwnDate> taxYear(List<String> lines) {
        for (int i = 0; i < lines.size() && i < HEAD_LINES * 2; i++) {
            if (TAX_FORM.matcher(lines.get(i)).find()) {
                for (int k = Math.max(0, i - 2); k < Math.min(lines.size(), i + 3); k++) {
                    Matcher year = YEAR.matcher(lines.get(k).replaceAll("\\d[\\d,.]*\\.\\d\\d", " "));
                    if (year.find()) {
                        int y = Integer.parseInt(year.group());
                        return Optional.of(new OwnDate(LocalDate.of(y, 12, 31), Reason.TAX_YEAR, Reason.TAX_YEAR.confidence,
                                lines.get(k).strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
