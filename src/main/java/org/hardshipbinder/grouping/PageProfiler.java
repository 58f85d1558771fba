package org.hardshipbinder.grouping;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.factors.DateDetector;
import org.hardshipbinder.text.TextFold;
import org.hardshipbinder.grouping.PageProfile.Paragraphs;

/**
 * Reads the features of a page that mark where a paper begins or ends. The formulas are the everyday ones of
 * letters, declarations, certificates and statements in English, Spanish and Portuguese (the languages families
 * and agencies write these papers in); they are matched on folded text so accents and capitals do not matter.
 */
public final class PageProfiler {

    /** Fewer letters than this on a page: nothing but noise, a blank sheet or the empty back of one. */
    static final int BLANK_LETTERS = 15;
    /** OCR confidence below which the language found for a page is not trusted. */
    static final double TRUSTED_CONFIDENCE = 80;
    private static final int TOP_LINES = 8;
    private static final int BOTTOM_LINES = 10;
    private static final int MIN_LETTERS_FOR_LANGUAGE = 150;
    /** A letterhead sits above a body of text: a page of a few lines with an address is the end of a signature. */
    private static final int MIN_LINES_FOR_LETTERHEAD = 6;
    /** Page numbers are printed in the header or the footer: the lines searched for one at each end. */
    private static final int MARKER_TOP = 5;
    private static final int MARKER_BOTTOM = 4;

    private static final Pattern MARKER_OF = Pattern.compile(
            "\\b(?:page|pagina|pag|pg|hoja|folha|folio|sheet|сторінка|стор|страница|стр)\\.?\\s*(\\d{1,3})\\s*"
                    + "(?:of|de|do|da|/|з|із|из)\\s*(\\d{1,3})\\b");
    private static final Pattern MARKER_ALONE = Pattern.compile(
            "\\b(?:page|pagina|hoja|folha|сторінка)\\.?\\s+(\\d{1,3})\\b");
    private static final Pattern MARKER_LINE = Pattern.compile("^(?:[-–—]\\s*(\\d{1,3})\\s*[-–—]|(\\d{1,3})\\s*/\\s*(\\d{1,3}))$");
    private static final Pattern BLANK_NOTE = Pattern.compile(
            "(intentionally (left )?blank|en blanco intencional|dejad[ao] en blanco|em branco intencional|deixad[ao] em branco)");
    private static final Pattern SALUTATION = Pattern.compile(
            "^(dear\\b|to whom it may concern|estimad[oa]s?\\b|a quien (corresponda|pueda interesar|interese|concierna)"
                    + "|prezad[oa]s?\\b|a quem (possa )?interessar|senor(es)?\\s*:|senhor(es)?\\s*:|шановн"
                    + "|(re|subject|asunto|assunto|ref)\\s*[.:])");
    private static final Pattern FORM_TITLE = Pattern.compile("^(\\d{4} )?(form|formulario|formulario|forma)\\b");
    private static final Pattern CONTACT = Pattern.compile(
            "(\\(?\\d{3}\\)?[\\s.-]*\\d{3}[\\s.-]\\d{4}|\\b(tel|tele?fono|phone|fax|e-?mail)\\b|www\\.|@\\w)");
    private static final Pattern CLOSING = Pattern.compile(
            "\\b(sincerely|respectfully|yours (truly|faithfully|sincerely)|(best|kind|warm) regards|cordially"
                    + "|atentamente|cordialmente|respetuosamente|atenciosamente|respeitosamente"
                    + "|under penalty of perjury|bajo (pena|protesta)|sob (as )?penas?|notary public|notario publico"
                    + "|subscribed and sworn|sworn (to|before)|signature|firma|assinatura|з повагою)\\b|/s/");
    private static final Pattern CARRIES_ON = Pattern.compile(
            "\\b(continued on|continues on|to be continued|please turn over|p\\.?t\\.?o\\b|continua( en| al| na)?\\b"
                    + "|sigue al? (dorso|reverso)|ver (al )?(dorso|reverso)|vire a pagina)");
    private static final Pattern CONTINUED = Pattern.compile(
            "(\\(continued\\)|\\bcontinued from\\b|\\(cont(\\.|inuacion|inuacao)\\)|\\bcontinuacion\\b|\\bcontinuacao\\b)");
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(translator'?s? certif|certificat(e|ion) (of|by) (the )?translat|translation certificate"
                    + "|certificacion (de|del) (la )?tradu|certificado (de|del) (la )?tradu|declaracao d[oa] tradut"
                    + "|certificado d[oa] tradut|certidao de tradu|apostill?e|apostilla|apostila)");
    /** A title announcing a translation, in the folded top lines: where a translation starts, a new paper starts. */
    private static final Pattern TRANSLATION_HEADING = Pattern.compile(
            "^((certified|sworn|official|english|spanish|portuguese) )*(translation|traduccion|traducao)"
                    + "( (certificada|jurada|oficial|certified))?( (from|of|into|to|del|de|al|do|da|para)\\b.*)?\\s*[.:]?$"
                    + "|^(translated|traducido|traduzido) (from|del|de|do)\\b");
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d{1,2})[.)]\\s+\\p{L}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private final DateDetector dates = new DateDetector();

    public PageProfile profile(PageFacts page) {
        List<String> lines = page.text().lines().map(String::strip).filter(PageProfiler::meaningful).toList();
        List<String> folded = lines.stream().map(TextFold::compact).toList();
        int letters = (int) page.text().codePoints().filter(Character::isLetter).count();
        boolean blank = letters < BLANK_LETTERS || (letters < 200 && folded.stream().anyMatch(l -> BLANK_NOTE.matcher(l).find()));
        if (page.noModel() && !lines.isEmpty()) {
            return withoutModel(page, lines.size());
        }
        if (blank || lines.isEmpty()) {
            return new PageProfile(page.number(), true, 0, null, "", "", "", false, "", false, false, false, false, "", null, null,
                    null, page.confidence(), Set.of(), aspect(page));
        }
        List<String> top = folded.subList(0, Math.min(TOP_LINES, folded.size()));
        List<String> bottom = folded.subList(Math.max(0, folded.size() - BOTTOM_LINES), folded.size());
        return new PageProfile(page.number(), false, lines.size(), marker(folded), header(folded.get(0)), heading(lines, folded),
                salutation(lines, top), lines.size() >= MIN_LINES_FOR_LETTERHEAD && letterhead(top), closing(lines, folded), endsOpen(lines.get(lines.size() - 1)),
                startsLower(lines.get(0)), any(CONTINUED, top.subList(0, Math.min(3, top.size()))),
                any(CARRIES_ON, bottom.subList(Math.max(0, bottom.size() - 3), bottom.size())),
                attachment(lines, folded), topDate(lines),
                paragraphs(lines), language(page, letters), page.confidence(), words(folded), aspect(page), false,
                any(TRANSLATION_HEADING, top.subList(0, Math.min(3, top.size()))));
    }

    /**
     * A page in a script no model reads: its numbers are all that is left of its words, but it is not blank, and the
     * script it was recognised in is as good a sign of its language as any text.
     */
    private static PageProfile withoutModel(PageFacts page, int lines) {
        String language = page.language() == null || "und".equals(page.language()) ? null : page.language();
        return new PageProfile(page.number(), false, lines, null, "", "", "", false, "", false, false, false, false, "",
                null, null, language, page.confidence(), Set.of(), aspect(page), true, false);
    }

    /** A line with a letter or a digit; OCR's specks ("|", "~") are not lines of text. */
    private static boolean meaningful(String line) {
        return line.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    static PageMarker marker(List<String> folded) {
        int n = folded.size();
        for (int i = 0; i < n; i++) {
            if (i >= MARKER_TOP && i < n - MARKER_BOTTOM) {
                continue;
            }
            String line = folded.get(i);
            Matcher of = MARKER_OF.matcher(line);
            if (of.find()) {
                PageMarker m = marker(of.group(1), of.group(2));
                if (m != null) {
                    return m;
                }
            }
            Matcher alone = MARKER_LINE.matcher(line);
            if (alone.find()) {
                PageMarker m = alone.group(1) != null ? marker(alone.group(1), "0") : marker(alone.group(2), alone.group(3));
                if (m != null) {
                    return m;
                }
            }
            Matcher page = MARKER_ALONE.matcher(line);
            if (page.find()) {
                return marker(page.group(1), "0");
            }
        }
        return null;
    }

    private static PageMarker marker(String number, String total) {
        int n = Integer.parseInt(number);
        int t = Integer.parseInt(total);
        return n < 1 || (t > 0 && n > t) || t > 500 ? null : new PageMarker(n, t);
    }

    private static String header(String firstLine) {
        String withoutMarker = MARKER_OF.matcher(firstLine).replaceAll(" ");
        return withoutMarker.replaceAll("[^\\p{L} ]", " ").replaceAll("\\s+", " ").strip();
    }

    static String heading(List<String> lines, List<String> folded) {
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            String line = lines.get(i);
            if (line.length() > 70 || Character.isDigit(line.charAt(0)) && !FORM_TITLE.matcher(folded.get(i)).find()) {
                continue;
            }
            if (FORM_TITLE.matcher(folded.get(i)).find() || mostlyCapitals(line)) {
                return line;
            }
        }
        return "";
    }

    private static boolean mostlyCapitals(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        long capitals = line.codePoints().filter(Character::isUpperCase).count();
        return letters >= 6 && capitals >= 0.85 * letters;
    }

    private static String salutation(List<String> lines, List<String> top) {
        for (int i = 0; i < top.size(); i++) {
            if (SALUTATION.matcher(top.get(i)).find()) {
                return lines.get(i).length() > 60 ? lines.get(i).substring(0, 60) + "…" : lines.get(i);
            }
        }
        return "";
    }

    private static String attachment(List<String> lines, List<String> folded) {
        for (int i = 0; i < Math.min(3, folded.size()); i++) {
            if (ATTACHMENT.matcher(folded.get(i).replace('’', '\'')).find()) {
                return lines.get(i);
            }
        }
        return "";
    }

    private static boolean letterhead(List<String> top) {
        return top.subList(0, Math.min(4, top.size())).stream()
                .anyMatch(l -> l.length() <= 75 && CONTACT.matcher(l).find());
    }

    private static String closing(List<String> lines, List<String> folded) {
        for (int i = folded.size() - 1; i >= Math.max(0, folded.size() - BOTTOM_LINES); i--) {
            Matcher m = CLOSING.matcher(folded.get(i));
            if (m.find()) {
                return lines.get(i).length() > 60 ? lines.get(i).substring(0, 60) + "…" : lines.get(i);
            }
        }
        return "";
    }

    static boolean endsOpen(String last) {
        if (last.endsWith("-") || last.endsWith("‐")) {
            return true;
        }
        int c = last.codePointBefore(last.length());
        return last.length() >= 40 && (Character.isLetter(c) || c == ',');
    }

    static boolean startsLower(String first) {
        for (int i = 0; i < first.length(); ) {
            int c = first.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean any(Pattern p, List<String> lines) {
        return lines.stream().anyMatch(l -> p.matcher(l).find());
    }

    /** A date standing on a short line near the top (a letter's date line, "Date: …"), not one inside a sentence. */
    private LocalDate topDate(List<String> lines) {
        for (String line : lines.subList(0, Math.min(TOP_LINES, lines.size()))) {
            if (line.length() <= 45) {
                var found = dates.detect(line);
                if (found.isPresent()) {
                    return found.get().date();
                }
            }
        }
        return null;
    }

    private static Paragraphs paragraphs(List<String> lines) {
        int first = -1;
        int last = -1;
        for (String line : lines) {
            Matcher m = PARAGRAPH.matcher(line);
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (first < 0) {
                    first = n;
                }
                last = n;
            }
        }
        return first < 0 ? null : new Paragraphs(first, last);
    }

    private static String language(PageFacts page, int letters) {
        String language = page.language();
        boolean trusted = page.confidence() == null || page.confidence() >= TRUSTED_CONFIDENCE;
        return trusted && letters >= MIN_LETTERS_FOR_LANGUAGE && language != null && !"und".equals(language)
                ? language : null;
    }

    private static Set<String> words(List<String> folded) {
        Set<String> words = new HashSet<>();
        for (String line : folded) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static double aspect(PageFacts page) {
        double w = page.widthPt();
        double h = page.heightPt();
        return w <= 0 || h <= 0 ? 0 : Math.min(w, h) / Math.max(w, h);
    }
}
