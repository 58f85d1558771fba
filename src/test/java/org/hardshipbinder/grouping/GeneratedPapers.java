package org.hardshipbinder.grouping;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Fictional papers as OCR reads them, one string per page: letters over several pages, declarations with numbered
 * paragraphs, statements with "Page 1 of 2", forms, Spanish certificates and their English translations with a
 * translator's certificate. People, places and institutions are invented; the seed makes each set repeatable.
 */
final class GeneratedPapers {

    private static final String[] ORGS = {"MAPLEWOOD FAMILY CLINIC", "Harborview Community Hospital",
            "QUILL CREEK SCHOOL DISTRICT", "Ridgeline Legal Aid Society", "SUNDIAL HOME CARE, LLC", "Tamarack Counseling Center"};
    private static final String[] PEOPLE = {"Odalys Ferrero Quint", "Bartholomew Ince", "Marisela Yanque Otero",
            "Teodoro Vallecillo", "Priya Castellanos-Ward", "Gunnar Abernethy"};
    /** Words for body text: drawn at random, so two pages share few of them, as two real pages do. */
    private static final String[] WORDS = ("family income rent medical care daughter son mother father hospital clinic "
            + "treatment medication appointment school teacher grades work employer hours wages savings loan debt "
            + "doctor therapy diagnosis symptoms pain sleep anxiety depression support transportation church neighbors "
            + "community language country violence safety insurance pharmacy surgery recovery months years weekly "
            + "daily morning evening caregiver meals bathing driving visits records history report results tests "
            + "blood pressure heart lungs kidney diet exercise walking cane wheelchair stairs apartment house lease "
            + "landlord utilities electricity water heating repairs groceries budget account balance deposit payment "
            + "benefits disability retirement pension application interview petition waiver evidence letter statement "
            + "declaration certificate translation registry birth marriage divorce custody guardian relatives cousins "
            + "grandmother grandfather uncle aunt brother sister husband wife partner friends volunteers program").split(" ");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final Random random;

    GeneratedPapers(long seed) {
        this.random = new Random(seed);
    }

    /** A letter on letterhead over {@code pages} pages; a sentence may run over each page break. */
    List<String> letter(int pages) {
        String org = pick(ORGS);
        List<String> out = new ArrayList<>();
        StringBuilder page = new StringBuilder(org + "\n" + (10 + random.nextInt(900)) + " Larch Road, Fenmore, OR 97"
                + (100 + random.nextInt(800)) + "\nTel. (541) 555-01" + (10 + random.nextInt(89)) + "\n"
                + US.format(date()) + "\nTo whom it may concern:\nRe: " + pick(PEOPLE) + "\n");
        for (int p = 1; p <= pages; p++) {
            page.append(body(6 + random.nextInt(4)));
            if (p < pages) {
                boolean runOver = random.nextBoolean();
                page.append(runOver ? "For all of these reasons we respectfully ask that the officer consider the" : "We remain available for any questions.");
                out.add(page.toString());
                page = new StringBuilder(runOver ? "application be considered with these facts in mind.\n" : "");
            }
        }
        page.append("Sincerely,\n[signature]\n").append(pick(PEOPLE)).append("\n").append(org);
        out.add(page.toString());
        return out;
    }

    /** A declaration with numbered paragraphs, three or four to a page, ending with the perjury clause. */
    List<String> declaration(int pages) {
        String who = pick(PEOPLE);
        List<String> out = new ArrayList<>();
        int n = 1;
        for (int p = 1; p <= pages; p++) {
            StringBuilder page = new StringBuilder(p == 1 ? "DECLARATION OF " + who.toUpperCase(Locale.ROOT) + "\n"
                    + "I, " + who + ", state the following.\n" : "");
            for (int k = 0; k < 3 + random.nextInt(2); k++) {
                page.append(n++).append(". ").append(body(2));
            }
            if (p == pages) {
                page.append("I declare under penalty of perjury that the foregoing is true and correct.\nSignature: "
                        + "[signature]\n" + who + "\nDate: " + US.format(date()));
            }
            out.add(page.toString());
        }
        return out;
    }

    /** A bank statement with "Page i of n" in its header and rows of figures. */
    List<String> statement(int pages) {
        String bank = pick(new String[] {"CEDAR HOLLOW SAVINGS BANK", "BLUE HERON CREDIT UNION", "FIRST PORTAGE BANK"});
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            StringBuilder page = new StringBuilder(p == 1
                    ? bank + "\nP.O. Box 4" + random.nextInt(900) + ", Fenmore, OR 97301 - (541) 555-0177\nSTATEMENT OF ACCOUNT\n"
                    + "Statement period: March 1, 2026 - March 31, 2026 Page 1 of " + pages + "\n" + pick(PEOPLE).toUpperCase(Locale.ROOT) + "\n"
                    : bank + " Page " + p + " of " + pages + "\nCHECKING ****" + (1000 + random.nextInt(8999)) + " (continued)\n");
            page.append("DATE DESCRIPTION DEPOSITS WITHDRAWALS BALANCE\n");
            for (int r = 0; r < 12; r++) {
                page.append(String.format(Locale.ROOT, "03/%02d %s %d.%02d %d.%02d%n", 1 + r * 2,
                        pick(new String[] {"GROCERY MART #12", "PAYROLL DEPOSIT", "POWER AND LIGHT", "TRANSFER", "PHARMACY"}),
                        10 + random.nextInt(900), random.nextInt(100), 1000 + random.nextInt(4000), random.nextInt(100)));
            }
            out.add(page.toString());
        }
        return out;
    }

    /** A one-page tax form with a title line and numbered boxes, no closing. */
    String form() {
        return "Form W-2 Wage and Tax Statement 2025\nCopy B - To Be Filed With Employee's FEDERAL Tax Return\n"
                + "a Employee's social security number XXX-XX-" + (1000 + random.nextInt(8999)) + "\n"
                + "c Employer's name, address, and ZIP code\n" + pick(ORGS) + "\n1 Wages, tips, other compensation "
                + (20000 + random.nextInt(40000)) + ".00\n2 Federal income tax withheld " + random.nextInt(4000) + ".00\n"
                + "This information is being furnished to the Internal Revenue Service.";
    }

    /** A Spanish civil-registry certificate on one page. */
    String spanishCertificate() {
        return "REPUBLICA DE COSTA VERDE\nREGISTRO CIVIL MUNICIPAL DE SAN ISIDRO DEL VALLE\nCERTIFICACION DE ACTA DE NACIMIENTO\n"
                + "La infrascrita Registradora Civil certifica que en el libro de nacimientos se encuentra inscrita el acta "
                + "de " + pick(PEOPLE) + ", hija de padres de nacionalidad costaverdense, nacida en la aldea del valle.\n"
                + "Se extiende la presente para los fines que a la interesada convengan, en la ciudad de San Isidro.\n"
                + "Fecha de emision: 12 de marzo de 2026\nFirma y sello de la Registradora Civil";
    }

    /** The English translation of {@link #spanishCertificate()}, with the translator's certificate on a page of its own. */
    List<String> translationWithCertificate() {
        return List.of("REPUBLIC OF COSTA VERDE\nMUNICIPAL CIVIL REGISTRY OF SAN ISIDRO DEL VALLE\nCERTIFICATION OF BIRTH RECORD\n"
                        + "The undersigned Civil Registrar certifies that the book of births holds the record of "
                        + pick(PEOPLE) + ", daughter of parents of Costa Verde nationality, born in the valley village.\n"
                        + "Issued for whatever purposes may suit the interested party in the city of San Isidro.\n"
                        + "Date of issue: March 12, 2026\n[Signature and seal of the Civil Registrar]",
                "TRANSLATOR'S CERTIFICATE\nI, " + pick(PEOPLE) + ", certify that I am competent to translate from Spanish "
                        + "into English and that the above is a complete and accurate translation.\n/s/ translator\n"
                        + "Date: April 2, 2026");
    }

    /** Sentences of random words, wrapped at about 80 characters as OCR lines are, each paragraph ending in a stop. */
    private String body(int sentences) {
        StringBuilder b = new StringBuilder();
        int line = 0;
        for (int i = 0; i < sentences; i++) {
            int words = 8 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                String word = pick(WORDS);
                if (w == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                b.append(word).append(w == words - 1 ? ". " : " ");
                line += word.length() + 1;
                if (line > 80) {
                    b.append('\n');
                    line = 0;
                }
            }
        }
        return b.append('\n').toString();
    }

    private LocalDate date() {
        return LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28));
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
