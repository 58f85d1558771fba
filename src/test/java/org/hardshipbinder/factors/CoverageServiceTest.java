package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.TagOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small I-601A case whose coverage numbers were worked out by hand (see the comments). */
class CoverageServiceTest {

    @TempDir
    Path tmp;

    @Test
    void coverageOfASmallCaseMatchesTheHandCount() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            FactorServices factors = s.factors();
            Case kase = s.cases().create(CaseKind.I_601A, "Carlos Pérez", null);
            Person ana = s.people().add(kase.id(), "Ana López", Role.QR, "esposa", ImmigrationStatus.USC, null);
            Person rosa = s.people().add(kase.id(), "Rosa Pérez", Role.QR, "mother", ImmigrationStatus.LPR, null);
            s.people().add(kase.id(), "Sofía Pérez", Role.CHILD, "hija", ImmigrationStatus.USC, null);

            long d1 = doc(f, kase, "physician_letter", SourceKind.THIRD_PARTY, "2024-03-01");
            long d2 = doc(f, kase, "medical_record", SourceKind.OFFICIAL, "2023-11-15");
            long d3 = doc(f, kase, "declaration", SourceKind.SELF, "2024-05-10");
            long d4 = doc(f, kase, "pay_stub", SourceKind.THIRD_PARTY, "2024-04-30");
            long d5 = doc(f, kase, "country_report", SourceKind.OFFICIAL, "2024-01-20");
            tag(factors, d1, "medical", ana, Scenario.BOTH);
            tag(factors, d2, "medical", ana, Scenario.SEPARATION);
            tag(factors, d3, "medical", ana, Scenario.RELOCATION);
            tag(factors, d3, "psychological", ana, Scenario.BOTH);
            tag(factors, d4, "financial", rosa, Scenario.SEPARATION);
            tag(factors, d5, "country_conditions", null, Scenario.RELOCATION);
            factors.documentFacts().addCircumstance(d1, "federal_disability", TagOrigin.USER);
            factors.documentFacts().addCircumstance(d5, "travel_advisory_3_4", TagOrigin.USER);
            factors.claims().claim(kase.id(), rosa.id(), "psychological", Scenario.BOTH);

            CaseCoverage c = factors.coverage().coverage(kase.id()).orElseThrow();
            assertThat(c.profile()).isEmpty();
            assertThat(c.subjects()).extracting(SubjectCoverage::name).containsExactly("Ana López", "Rosa Pérez", null);

            // Ana, separation: medical = d1 (both) + d2; psychological = d3 (both).
            ScenarioCoverage anaSep = c.subjects().get(0).scenarios().get(0);
            assertThat(anaSep.scenario()).isEqualTo(Scenario.SEPARATION);
            FactorCoverage medSep = cell(anaSep, "medical");
            assertThat(medSep.documents()).containsExactly(d1, d2);
            assertThat(medSep.corroborating()).isEqualTo(2);
            assertThat(medSep.newest()).isEqualTo(LocalDate.parse("2024-03-01"));
            assertThat(medSep.missingEvidence()).containsExactly("prescription", "disability_determination");
            assertThat(medSep.significant()).containsExactly("federal_disability");
            assertThat(cell(anaSep, "psychological").documents()).containsExactly(d3);
            assertThat(cell(anaSep, "psychological").corroborating()).isZero();
            assertThat(cell(anaSep, "financial").hasEvidence()).isFalse();
            assertThat(anaSep.total()).isEqualTo(new CoverageTotals(3, 2, 2, 0, LocalDate.parse("2024-05-10"),
                    List.of("federal_disability")));

            // Ana, relocation: medical = d1 (both) + d3; one corroborating (d1), newest d3.
            FactorCoverage medRel = cell(c.subjects().get(0).scenarios().get(1), "medical");
            assertThat(medRel.documents()).containsExactly(d1, d3);
            assertThat(medRel.corroborating()).isEqualTo(1);
            assertThat(medRel.newest()).isEqualTo(LocalDate.parse("2024-05-10"));
            assertThat(medRel.missingEvidence()).containsExactly("medical_record", "prescription", "disability_determination");
            // Ana overall: d1, d2, d3; corroborating d1, d2; 4 covered cells (medical, psychological × 2 scenarios).
            assertThat(c.subjects().get(0).total()).isEqualTo(new CoverageTotals(3, 2, 4, 0,
                    LocalDate.parse("2024-05-10"), List.of("federal_disability")));

            // Rosa: financial separation only; psychological claimed in both scenarios without evidence.
            SubjectCoverage rosaCov = c.subjects().get(1);
            FactorCoverage finSep = cell(rosaCov.scenarios().get(0), "financial");
            assertThat(finSep.documents()).containsExactly(d4);
            assertThat(finSep.missingEvidence()).containsExactly("tax_return", "w2", "employer_letter", "bank_statement",
                    "lease_mortgage", "bill");
            assertThat(cell(rosaCov.scenarios().get(1), "financial").hasEvidence()).isFalse();
            assertThat(cell(rosaCov.scenarios().get(0), "psychological").claimed()).isTrue();
            assertThat(rosaCov.total()).isEqualTo(new CoverageTotals(1, 1, 1, 2, LocalDate.parse("2024-04-30"), List.of()));

            // The case as a whole: the country report, relocation only.
            SubjectCoverage caseWide = c.subjects().get(2);
            assertThat(caseWide.personId()).isNull();
            assertThat(cell(caseWide.scenarios().get(0), "country_conditions").hasEvidence()).isFalse();
            FactorCoverage country = cell(caseWide.scenarios().get(1), "country_conditions");
            assertThat(country.documents()).containsExactly(d5);
            assertThat(country.missingEvidence()).containsExactly("news_article");
            assertThat(country.significant()).containsExactly("travel_advisory_3_4");

            // Cumulative: 5 documents, 4 corroborating (d1, d2, d4, d5), 4 + 1 + 1 covered cells, 2 claimed gaps.
            assertThat(c.total()).isEqualTo(new CoverageTotals(5, 4, 6, 2, LocalDate.parse("2024-05-10"),
                    List.of("federal_disability", "travel_advisory_3_4")));
            assertThat(c.factorOrder()).startsWith("medical", "psychological", "financial");
        }
    }

    @Test
    void paroleCoverageHasOneSubjectAndOneScenario() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            Case kase = s.cases().create(CaseKind.PAROLE, "Luis Ortega", null);
            Person sponsor = s.people().add(kase.id(), "Ana Ortega", Role.SPONSOR, "sister", ImmigrationStatus.USC, null);
            long d = doc(f, kase, "sponsor_support", SourceKind.FAMILY, "2025-06-01");
            assertThat(s.factors().tagging().tag(d, "sponsor_support", sponsor.id(), Scenario.SEPARATION, TagOrigin.USER))
                    .isInstanceOf(TagResult.Tagged.class);
            CaseCoverage c = s.factors().coverage().coverage(kase.id()).orElseThrow();
            assertThat(c.subjects()).hasSize(1);
            ScenarioCoverage only = c.subjects().get(0).scenarios().get(0);
            assertThat(c.subjects().get(0).scenarios()).hasSize(1);
            assertThat(only.scenario()).isEqualTo(Scenario.BOTH);
            assertThat(cell(only, "sponsor_support").documents()).containsExactly(d);
            assertThat(cell(only, "sponsor_support").corroborating()).isZero();
            assertThat(only.factors()).extracting(FactorCoverage::factor).startsWith("urgency").doesNotContain("medical");
        }
    }

    @Test
    void taggingRefusesWhatTheCaseCannotUseAndAcceptsCustomFactors() {
        try (FactorsFixture f = new FactorsFixture(tmp)) {
            var s = f.services;
            Case kase = s.cases().create(CaseKind.I_601A, "Carlos Pérez", null);
            Person ana = s.people().add(kase.id(), "Ana López", Role.QR, "esposa", ImmigrationStatus.USC, null);
            Person sofia = s.people().add(kase.id(), "Sofía Pérez", Role.CHILD, "hija", ImmigrationStatus.USC, null);
            Case other = s.cases().create(CaseKind.I_601, "Otro", null);
            Person stranger = s.people().add(other.id(), "Eva", Role.QR, "wife", ImmigrationStatus.USC, null);
            long d = f.document(kase.id(), "letter", null);
            TaggingService tagging = s.factors().tagging();

            assertThat(refusal(tagging.tag(d, "urgency", ana.id(), null, TagOrigin.USER))).isEqualTo("factors.tag.otherSet");
            assertThat(refusal(tagging.tag(d, "astrology", ana.id(), null, TagOrigin.USER))).isEqualTo("factors.tag.unknownFactor");
            assertThat(refusal(tagging.tag(d, "medical", sofia.id(), null, TagOrigin.USER))).isEqualTo("factors.tag.notQr");
            assertThat(refusal(tagging.tag(d, "medical", stranger.id(), null, TagOrigin.USER))).isEqualTo("factors.tag.noPerson");
            assertThat(refusal(tagging.tag(999, "medical", null, null, TagOrigin.USER))).isEqualTo("factors.tag.noDocument");
            assertThat(s.tags().forDocument(d)).isEmpty();

            TagResult countryTag = tagging.tag(d, "country_conditions", ana.id(), null, TagOrigin.USER);
            assertThat(((TagResult.Tagged) countryTag).tag().scenario()).isEqualTo(Scenario.RELOCATION);

            s.factors().customFactors().add(kase.id(), "farm_loss", "Loss of the family farm", null, List.of("harvest", "cattle"));
            assertThat(tagging.tag(d, "farm_loss", ana.id(), Scenario.SEPARATION, TagOrigin.USER)).isInstanceOf(TagResult.Tagged.class);
            assertThat(s.factors().caseFactors().forCase(kase)).last().extracting(Factor::code).isEqualTo("farm_loss");
            CaseCoverage c = s.factors().coverage().coverage(kase.id()).orElseThrow();
            assertThat(cell(c.subjects().get(0).scenarios().get(0), "farm_loss").documents()).containsExactly(d);
        }
    }

    private static String refusal(TagResult result) {
        return ((TagResult.Refused) result).reason().key();
    }

    private static long doc(FactorsFixture f, Case kase, String type, SourceKind source, String date) {
        long id = f.document(kase.id(), type, null);
        f.services.documents().updateMetadata(id, new DocumentMetadata(null, type, LocalDate.parse(date), false, source,
                null, "en", null));
        return id;
    }

    private static void tag(FactorServices factors, long doc, String factor, Person person, Scenario scenario) {
        TagResult r = factors.tagging().tag(doc, factor, person == null ? null : person.id(), scenario, TagOrigin.USER);
        assertThat(r).isInstanceOf(TagResult.Tagged.class);
    }

    private static FactorCoverage cell(ScenarioCoverage scenario, String factor) {
        return scenario.factors().stream().filter(c -> c.factor().equals(factor)).findFirst().orElseThrow();
    }
}
