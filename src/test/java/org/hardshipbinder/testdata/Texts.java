package org.hardshipbinder.testdata;

import static org.hardshipbinder.testdata.Dates.english;
import static org.hardshipbinder.testdata.Dates.spanish;
import static org.hardshipbinder.testdata.Dates.usNumeric;

import java.time.LocalDate;
import java.util.Locale;

/** The texts of the sample case's documents, written as such documents usually are. */
final class Texts {

    private Texts() {
    }

    static String birthCertificateEs(Family f) {
        LocalDate registered = f.applicantBorn().plusDays(20);
        return """
                ESTADOS UNIDOS MEXICANOS
                REGISTRO CIVIL
                ACTA DE NACIMIENTO
                Número de acta: %s
                Nombre: %s
                Fecha de nacimiento: %s
                Lugar de nacimiento: %s
                Padre: %s
                Madre: %s
                Fecha de registro: %s
                Se expide la presente en %s, el %s.
                """.formatted(f.actNumber(), f.applicant().toUpperCase(Locale.ROOT), spanish(f.applicantBorn()), f.birthCity(),
                f.father(), f.mother(), spanish(registered), f.birthCity(), spanish(CaseGenerator.TODAY.minusMonths(4)));
    }

    static String birthCertificateEn(Family f) {
        LocalDate registered = f.applicantBorn().plusDays(20);
        return """
                UNITED MEXICAN STATES
                CIVIL REGISTRY
                BIRTH CERTIFICATE
                Certificate number: %s
                Name: %s
                Date of birth: %s
                Place of birth: %s
                Father: %s
                Mother: %s
                Date of registration: %s
                Issued in %s on %s.""".formatted(f.actNumber(), f.applicant().toUpperCase(Locale.ROOT), english(f.applicantBorn()),
                f.birthCity(), f.father(), f.mother(), english(registered), f.birthCity(), english(CaseGenerator.TODAY.minusMonths(4)));
    }

    static String marriageCertificateEs(Family f) {
        return """
                ESTADOS UNIDOS MEXICANOS
                REGISTRO CIVIL
                ACTA DE MATRIMONIO
                Número de acta: %s
                Contrayente: %s
                Contrayente: %s
                Fecha de celebración del matrimonio: %s
                Lugar: %s
                Régimen: sociedad conyugal
                Se expide la presente el %s.
                """.formatted(f.marriageActNumber(), f.applicant().toUpperCase(Locale.ROOT), f.spouse().toUpperCase(Locale.ROOT),
                spanish(f.married()), f.birthCity(), spanish(CaseGenerator.TODAY.minusMonths(4)));
    }

    static String marriageCertificateEn(Family f) {
        return """
                UNITED MEXICAN STATES
                CIVIL REGISTRY
                MARRIAGE CERTIFICATE
                Certificate number: %s
                Spouse: %s
                Spouse: %s
                Date of marriage: %s
                Place: %s
                Property regime: community property
                Issued on %s.""".formatted(f.marriageActNumber(), f.applicant().toUpperCase(Locale.ROOT), f.spouse().toUpperCase(Locale.ROOT),
                english(f.married()), f.birthCity(), english(CaseGenerator.TODAY.minusMonths(4)));
    }

    /** A translator's certificate in one of its usual wordings. */
    static String certificate(Family f, int variant, LocalDate date) {
        return switch (variant % 2) {
            case 0 -> """
                    CERTIFICATE OF TRANSLATION
                    I, %s, certify that I am competent to translate from Spanish into English, and that the above translation of the attached document is complete and accurate to the best of my knowledge and ability.
                    Signature: ______________________
                    Name: %s
                    Address: %s
                    Date: %s""".formatted(f.translator(), f.translator(), f.translatorAddress(), english(date));
            default -> """
                    Translator's Certification
                    I hereby declare that I am fluent in both the English and Spanish languages and that the foregoing is a true, full and correct translation of the original document.
                    /s/ %s
                    %s
                    %s""".formatted(f.translator(), f.translatorAddress(), english(date));
        };
    }

    static String employerLetter(Family f, LocalDate date) {
        return """
                %s
                2200 N. Clark Street
                Chicago, IL 60614

                %s

                To Whom It May Concern:

                This letter confirms that %s has been employed by %s as a %s since %s. He works full time, 40 hours per week, and earns $%,d per month. He is a reliable and valued member of our team.

                Please contact me at (312) 555-0147 with any questions.

                Sincerely,
                %s
                Human Resources Manager""".formatted(f.company(), english(date), f.applicant(), f.company(), f.job(),
                english(f.employedSince()), f.monthlyIncome(), f.manager());
    }

    /** The same letter as a second, slightly noisier scan would read it. */
    static String rescanned(String text) {
        return text.replace("Sincerely,", "Sincerely ,").replace("To Whom It May Concern:", "To Whom lt May Concern:")
                .replace("reliable", "rel1able");
    }

    static String declaration(Family f, LocalDate date, boolean incomeMismatch) {
        String income = incomeMismatch
                ? "My husband %s earns about $%,d per year.".formatted(f.applicantShort(), f.monthlyIncome() * 12 * 3 / 2)
                : "My husband %s earns about $%,d per year.".formatted(f.applicantShort(), f.monthlyIncome() * 12);
        return """
                DECLARATION OF %s

                I, %s, declare as follows:

                1. I was born on %s in Chicago, Illinois. I am a citizen of the United States.
                2. I married %s on %s in %s, Mexico. We have lived together in Chicago ever since.
                3. %s Without his income I could not pay our rent or my medical bills.
                4. I have %s. I depend on my husband to drive me to my appointments and to care for me when I cannot get out of bed.
                5. If my husband had to leave the United States, I could not follow him: the treatment I need is not available where his family lives, and I would lose my job and my health insurance.

                I declare under penalty of perjury under the laws of the United States that the foregoing is true and correct.

                Signed on %s in Chicago, Illinois.

                %s""".formatted(f.spouse().toUpperCase(Locale.ROOT), f.spouse(), english(f.spouseBorn()), f.applicant(),
                english(f.married()), f.birthCity(), income, f.condition(), english(date), f.spouse());
    }

    static String physicianLetter(Family f, LocalDate date, LocalDate dobWritten) {
        return """
                %s
                1650 W. Harrison Street
                Chicago, IL 60612

                %s

                RE: %s, DOB %s

                To whom it may concern:

                %s has been my patient since %d. She was diagnosed with %s on %s. Her condition causes severe fatigue and joint pain and requires regular specialist care, laboratory monitoring and medication that must not be interrupted.

                Her husband, %s, drives her to every appointment and manages her medication when she is unwell. Losing his daily support would put her health at serious risk.

                Sincerely,
                %s, M.D.
                Internal Medicine""".formatted(f.clinic(), english(date), f.spouse(), usNumeric(dobWritten), f.spouse(),
                f.diagnosed().getYear(), f.condition(), english(f.diagnosed()), f.applicant(), f.doctor());
    }

    static String pastorLetter(Family f, LocalDate date) {
        return """
                %s
                1340 W. Taylor Street
                Chicago, IL 60607
                %s
                Dear Officer,

                I am the pastor of %s. I have known %s and his wife %s for many years. They attend Mass every Sunday and volunteer at our food pantry. %s is a devoted husband who cares for his wife through her illness.

                Their family is an important part of our community, and I ask that you consider the hardship that separating them would cause.

                Respectfully,
                Father %s""".formatted(f.church(), date == null ? "" : "\n" + english(date) + "\n", f.church(), f.applicant(),
                f.spouse(), f.applicantShort(), f.pastor());
    }

    static String countryReport(LocalDate date) {
        return """
                U.S. DEPARTMENT OF STATE
                Mexico Travel Advisory
                Date: %s

                Reconsider travel to Mexico due to crime and kidnapping. Violent crime, such as homicide, kidnapping, carjacking and robbery, is widespread and common in Mexico. The U.S. government has limited ability to provide emergency services to U.S. citizens in many areas of Mexico.

                Several states are designated Level 4: Do Not Travel. Access to specialized medical care is limited outside major cities, and many medications are frequently unavailable in public hospitals.""".formatted(english(date));
    }

    static String parishLetterEs(Family f, LocalDate date) {
        return """
                %s
                Guadalajara, Jalisco, a %s

                A quien corresponda:

                Por medio de la presente hago constar que %s fue miembro activo de esta parroquia durante su juventud y participó como catequista en nuestra comunidad.

                Se extiende la presente para los fines que al interesado convengan.

                Atentamente,
                Pbro. Ernesto Villalobos""".formatted("Parroquia de San Juan Bautista", spanish(date), f.applicant());
    }
}
