package org.hardshipbinder.checks.translation;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.facts.AddressFinder;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.TextFold;

/**
 * Reads a translator's certificate in its usual forms, not one template: "I certify that I am competent to translate
 * from Spanish into English and that the above translation is complete and accurate…", "fluent in both languages",
 * "true and correct", "Certificate of Translation", "Translator's certification", signature lines such as
 * "Signature: ____" or "/s/", name lines, dates and addresses. The certificate is the text from its heading or its
 * first certifying sentence to the end.
 */
public final class CertificateReader {

    private static final Pattern START = Pattern.compile(
            "(certificat\\w* of (translation|accuracy)|translat\\w*'?s? (certificat\\w*|declaration|statement|affidavit)|"
                    + "certification (of|by) (the )?translat\\w*|translation certificat\\w*|statement of accuracy|affidavit of (translation|accuracy)|"
                    + "certificacion de (la )?traduccion|declaracion del traductor|\\bi,? [^.\\n]{0,60}?(hereby )?(certify|declare|attest|swear|affirm|state)\\b|"
                    + "\\bi (hereby )?(certify|declare|attest|swear|affirm)\\b|translated by\\s*:|translator\\s*:|traducido por)");
    private static final Pattern TRANSLATION_WORD = Pattern.compile("translat|traduc");
    private static final Pattern COMPLETE = Pattern.compile(
            "\\b(complete|completely|full|fully|entire|entirety|whole|completa|completo|integra|integro|integramente|totalidad)\\b");
    private static final Pattern ACCURATE = Pattern.compile(
            "\\b(accurate|accurately|accuracy|true|correct|correctly|faithful|faithfully|exact|exactly|precise|fiel|fielmente|"
                    + "exacta|exacto|correcta|correcto|verdadera|precisa)\\b");
    private static final Pattern COMPETENCE = Pattern.compile(
            "\\b(competent|competence|competency|fluent|fluency|fluently|proficient|proficiency|qualified|capable|conversant|"
                    + "competente|capacitad[oa]|domino|dominio)\\b|\\b(certified|sworn|professional|licensed|court)\\s+(translator|interpreter)\\b|"
                    + "\\b(traductor|perito traductor) (certificado|oficial|autorizado)\\b");
    private static final Pattern COMPETENCE_SUBJECT = Pattern.compile("translat|traduc|english|ingles|language|idioma|both|ambos|spanish|espanol");
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\b(signature|signed|sign here|firma|firmado)\\b|/s/|_{4,}|\\(signed\\)");
    private static final Pattern DATE_LABEL = Pattern.compile("\\b(date|dated|fecha)\\b\\s*:?");
    private static final Pattern ADDRESS_LABEL = Pattern.compile("\\b(address|direccion|domicilio)\\b\\s*:\\s*\\S");
    private static final String NAME = "(\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:de |del |la )?\\p{Lu}[\\p{L}'’.-]+){1,4})";
    private static final Pattern NAME_AFTER_I = Pattern.compile(
            "\\bI,?\\s+" + NAME + "\\s*(?:,|\\s+(?:hereby|do|certify|declare|attest|swear|affirm|state|am)\\b)");
    private static final Pattern NAME_UNDER_SIGNATURE = Pattern.compile("(?m)(?:_{4,}|/s/)[ \\t]*\\n[ \\t]*" + NAME + "[ \\t]*$");
    private static final Pattern TRANSLATOR_LABEL = Pattern.compile(
            "(?i:translator'?s?\\s+(?:full\\s+)?name|name\\s+of\\s+(?:the\\s+)?translator|printed\\s+name|print\\s+name|"
                    + "typed\\s+name|translated\\s+by|translator|signed\\s+by|signed|signature|nombre\\s+del\\s+traductor|traducido\\s+por|/s/)\\s*[:\\-]?[ \\t]*" + NAME);
    private static final Pattern NAME_LABEL = Pattern.compile("(?i:full\\s+name|name|nombre)\\s*:[ \\t]*" + NAME);
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*\\b(signature|date|address|firma|fecha|translator|certif).*");

    private CertificateReader() {
    }

    /** Where the certificate begins in a translation's text, or -1 when there is none. */
    public static int certificateStart(String text) {
        String folded = TextFold.fold(text);
        Matcher start = START.matcher(folded);
        while (start.find()) {
            if (start.group().startsWith("i") && !TRANSLATION_WORD.matcher(sentence(folded, start.start())).find()) {
                continue;
            }
            return start.start();
        }
        return -1;
    }

    public static CertificateReading read(String text) {
        String folded = TextFold.fold(text);
        int from = certificateStart(text);
        if (from < 0) {
            return new CertificateReading(EnumSet.noneOf(CertificateElement.class), null, false);
        }
        String region = text.substring(from);
        String foldedRegion = folded.substring(from);
        Set<CertificateElement> present = EnumSet.noneOf(CertificateElement.class);
        for (String sentence : foldedRegion.split("(?<=[.;!?])\\s+|\\n\\s*\\n")) {
            String s = sentence.replaceAll("\\s+", " ");
            boolean aboutTranslation = TRANSLATION_WORD.matcher(s).find();
            if (aboutTranslation && COMPLETE.matcher(s).find()) {
                present.add(CertificateElement.COMPLETE);
            }
            if (aboutTranslation && ACCURATE.matcher(s).find()) {
                present.add(CertificateElement.ACCURATE);
            }
            if (COMPETENCE.matcher(s).find() && COMPETENCE_SUBJECT.matcher(s).find()) {
                present.add(CertificateElement.COMPETENCE);
            }
        }
        if (SIGNATURE.matcher(foldedRegion).find()) {
            present.add(CertificateElement.SIGNATURE);
        }
        if (!DateFinder.find(region, false).isEmpty() || DATE_LABEL.matcher(foldedRegion).find()) {
            present.add(CertificateElement.DATE);
        }
        if (!AddressFinder.find(region).isEmpty() || ADDRESS_LABEL.matcher(foldedRegion).find()) {
            present.add(CertificateElement.ADDRESS);
        }
        String name = translatorName(region);
        if (name != null || firstName(NAME_LABEL.matcher(region.substring(0, Math.min(region.length(), 800)))) != null) {
            present.add(CertificateElement.NAME);
        }
        return new CertificateReading(present, name, true);
    }

    /** The name the certificate gives its translator: "I, NAME, certify…" or a translator's name line. */
    private static String translatorName(String region) {
        String name = null;
        Matcher afterI = NAME_AFTER_I.matcher(region);
        while (name == null && afterI.find()) {
            String said = sentence(TextFold.fold(region), afterI.start());
            if ((TRANSLATION_WORD.matcher(said).find() || COMPETENCE.matcher(said).find())
                    && !NOT_A_NAME.matcher(afterI.group(1)).matches()) {
                name = afterI.group(1).strip();
            }
        }
        name = name != null ? name : firstName(TRANSLATOR_LABEL.matcher(region));
        return name != null ? name : firstName(NAME_UNDER_SIGNATURE.matcher(region));
    }

    private static String firstName(Matcher m) {
        while (m.find()) {
            String candidate = m.group(1).strip();
            if (!NOT_A_NAME.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return null;
    }

    /** The sentence that starts at {@code from}: up to its full stop or a blank line, at most 400 characters. */
    private static String sentence(String text, int from) {
        String window = text.substring(from, Math.min(text.length(), from + 400));
        Matcher end = Pattern.compile("\\p{L}{3,}\\.(\\s|$)|\\n\\s*\\n").matcher(window);
        return end.find() ? window.substring(0, end.end()) : window;
    }
}
