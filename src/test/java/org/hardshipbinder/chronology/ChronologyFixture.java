package org.hardshipbinder.chronology;

import java.time.LocalDate;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.testdata.CaseGenerator;

/**
 * A small fictional waiver case whose documents state births, a marriage and a diagnosis: a birth certificate and a
 * declaration that disagree on the spouse's birth date, a physician's letter with the diagnosis on its second page,
 * and an undated note.
 */
public record ChronologyFixture(Case theCase, Person applicant, Person spouse, Person child, long birthCertificate,
                                long declaration, long physicianLetter, long note) {

    public static final LocalDate SPOUSE_BORN = LocalDate.of(1990, 3, 3);
    public static final LocalDate SPOUSE_BORN_WRONG = LocalDate.of(1990, 3, 13);
    public static final LocalDate MARRIED = LocalDate.of(2015, 6, 12);
    public static final LocalDate DIAGNOSED = LocalDate.of(2020, 5, 1);
    public static final LocalDate CHILD_BORN = LocalDate.of(2017, 8, 21);

    public static ChronologyFixture build(CaseGenerator gen) {
        Case c = gen.newCase(CaseKind.I_601A, "Tobías Arrieta Solano");
        Person applicant = gen.person(c.id(), "Tobías Arrieta Solano", Role.APPLICANT, null, ImmigrationStatus.OTHER, null);
        Person spouse = gen.person(c.id(), "Marisol Quintana Vélez", Role.QR, "spouse", ImmigrationStatus.USC, null);
        Person child = gen.person(c.id(), "Leandro Arrieta Quintana", Role.CHILD, "son", ImmigrationStatus.USC, null);
        long certificate = gen.doc(c.id(), "birth-certificate.pdf").title("Birth certificate of Marisol Quintana Vélez")
                .page("STATE OF ILLINOIS\nCERTIFICATE OF LIVE BIRTH\n\nName: Marisol Quintana Vélez\n"
                        + "Date of birth: March 3, 1990\nPlace of birth: Rockford, Illinois\n\nDate issued: January 10, 2024\n").add();
        long declaration = gen.doc(c.id(), "declaration.pdf").title("Declaration of Marisol Quintana Vélez")
                .page("DECLARATION\n\nI, Marisol Quintana Vélez, declare the following.\n\n"
                        + "Marisol Quintana Vélez was born on March 13, 1990 in Rockford.\n\n"
                        + "Tobías Arrieta Solano and I were married on June 12, 2015 in Aurora, Illinois.\n\n"
                        + "Leandro Arrieta Quintana was born on August 21, 2017.\n\nDate: April 20, 2026\n").add();
        long letter = gen.doc(c.id(), "physician.pdf").title("Letter from Dr. Ines Valdoria")
                .page("Northfield Neurology Clinic\nApril 2, 2026\n\nTo whom it may concern:\n\n"
                        + "I have treated my patient for several years and write about her care.\n")
                .page("Marisol Quintana Vélez was diagnosed with lupus on May 1, 2020.\n\nSincerely,\nInes Valdoria, MD\n").add();
        long note = gen.doc(c.id(), "note.pdf").title("Handwritten note").page("We miss him every day.\n").add();
        return new ChronologyFixture(c, applicant, spouse, child, certificate, declaration, letter, note);
    }
}
