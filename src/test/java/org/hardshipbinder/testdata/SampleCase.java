package org.hardshipbinder.testdata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;

/**
 * A complete fictional I-601A case: the applicant's Mexican birth and marriage certificates with certified English
 * translations, his employer's letter, his US-citizen wife's declaration, her physician's letter, a pastor's letter
 * and a country report, tagged by factor and scenario. Clean unless problems are planted. {@code documents} maps a
 * short name ("birth", "birthTranslation", "marriage", "employer", …) to the document id.
 */
public record SampleCase(Case theCase, Family family, Person applicant, Person spouse, Map<String, Long> documents) {

    public static SampleCase clean(CaseGenerator gen, long seed) {
        return build(gen, seed, EnumSet.noneOf(Plant.class));
    }

    public static SampleCase build(CaseGenerator gen, long seed, Set<Plant> plants) {
        LocalDate today = CaseGenerator.TODAY;
        Family f = Family.generate(seed, today);
        Case c = gen.newCase(CaseKind.I_601A, f.applicant());
        Person applicant = gen.person(c.id(), f.applicant(), Role.APPLICANT, null, ImmigrationStatus.OTHER, f.applicantBorn());
        Person spouse = gen.person(c.id(), f.spouse(), Role.QR, "spouse", ImmigrationStatus.USC, f.spouseBorn());
        Map<String, Long> docs = new LinkedHashMap<>();
        long qr = spouse.id();

        docs.put("birth", gen.doc(c.id(), "acta-nacimiento.pdf").language("es").type("birth_certificate")
                .source(SourceKind.OFFICIAL).page(Texts.birthCertificateEs(f)).add());
        var birthTranslation = gen.doc(c.id(), "birth-certificate-translation.pdf").type("translation")
                .source(SourceKind.THIRD_PARTY).translationOf(docs.get("birth"))
                .page(Texts.birthCertificateEn(f) + (plants.contains(Plant.UNCERTIFIED_TRANSLATION) ? ""
                        : "\n\n" + Texts.certificate(f, 0, today.minusMonths(2))));
        docs.put("birthTranslation", birthTranslation.add());

        docs.put("marriage", gen.doc(c.id(), "acta-matrimonio.pdf").language("es").type("marriage_certificate")
                .source(SourceKind.OFFICIAL).tag("relationship_proof", qr, Scenario.BOTH).page(Texts.marriageCertificateEs(f)).add());
        docs.put("marriageTranslation", gen.doc(c.id(), "marriage-certificate-translation.pdf").type("translation")
                .source(SourceKind.THIRD_PARTY).translationOf(docs.get("marriage"))
                .page(Texts.marriageCertificateEn(f) + "\n\n" + Texts.certificate(f, 1, today.minusMonths(2))).add());

        String employer = Texts.employerLetter(f, today.minusMonths(1));
        docs.put("employer", gen.doc(c.id(), "employer-letter.pdf").type("employer_letter").source(SourceKind.THIRD_PARTY)
                .tag("financial", qr, Scenario.SEPARATION).page(employer).add());
        if (plants.contains(Plant.DUPLICATE)) {
            docs.put("employerCopy", gen.doc(c.id(), "scan0007.pdf").confidence(88.0)
                    .page(Texts.rescanned(employer)).add());
        }

        docs.put("declaration", gen.doc(c.id(), "declaration-wife.pdf").type("declaration").source(SourceKind.SELF)
                .author(f.spouse()).tag("family_ties", qr, Scenario.BOTH)
                .page(Texts.declaration(f, today.minusWeeks(3), plants.contains(Plant.INCOME_MISMATCH))).add());

        LocalDate spouseDobWritten = plants.contains(Plant.BIRTH_DATE_CONFLICT) ? f.spouseBorn().plusYears(1).plusDays(9) : f.spouseBorn();
        docs.put("physician", gen.doc(c.id(), "physician-letter.pdf").type("physician_letter").source(SourceKind.THIRD_PARTY)
                .tag("medical", qr, Scenario.BOTH).page(Texts.physicianLetter(f, today.minusMonths(1), spouseDobWritten)).add());

        docs.put("pastor", gen.doc(c.id(), "pastor-letter.pdf").type("community_letter").source(SourceKind.THIRD_PARTY)
                .tag("family_ties", qr, Scenario.BOTH).tag("social_cultural", qr, Scenario.BOTH)
                .page(Texts.pastorLetter(f, plants.contains(Plant.UNDATED_LETTER) ? null : today.minusMonths(2))).add());

        docs.put("countryReport", gen.doc(c.id(), "country-report.pdf").type("country_report").source(SourceKind.OFFICIAL)
                .confidence(null).tag("country_conditions", qr, Scenario.RELOCATION).page(Texts.countryReport(today.minusMonths(3))).add());

        if (plants.contains(Plant.MISSING_TRANSLATION)) {
            docs.put("parish", gen.doc(c.id(), "constancia-parroquia.pdf").language("es").type("community_letter")
                    .source(SourceKind.THIRD_PARTY).page(Texts.parishLetterEs(f, today.minusMonths(2))).add());
        }
        return new SampleCase(c, f, applicant, spouse, docs);
    }
}
