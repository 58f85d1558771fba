package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Factors a record proves by its type, and parole factors from the evidence a hardship factor describes. */
class TypeAndParoleFactorsTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person QR = new Person(1, 1, "Rosa Imelda Cáceres Pineda", Role.QR, "spouse", null, null);
    private static final Person SPONSOR = new Person(2, 1, "Ivan Petrenko", Role.SPONSOR, "uncle", null, null);

    private static List<String> factors(CaseKind kind, List<Person> people, String text) {
        boolean hardship = FactorSet.forKind(kind) == FactorSet.HARDSHIP;
        SuggestionEngine engine = new SuggestionEngine(CATALOG.factors(FactorSet.forKind(kind)), CATALOG, people, hardship);
        return engine.suggest(1, text).stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value)
                .distinct().sorted().toList();
    }

    @Test
    void aBirthCertificateProvesTheRelationshipEvenWhenItMentionsASchoolOrADoctor() {
        String text = """
                REGISTRO CIVIL DE VILLA SERENA
                ACTA DE NACIMIENTO
                Nombre: Rosa Imelda Cáceres Pineda   Lugar de nacimiento: Hospital Escuela, Villa Serena
                Padre: médico cirujano. Madre: maestra de escuela primaria.
                """;
        assertThat(factors(CaseKind.I_601A, List.of(QR), text)).containsExactly("relationship_proof");
    }

    @Test
    void inAParoleCaseAPhysiciansLetterShowsUrgencyAndSufferingAndTheSponsorsPayShowsSupport() {
        String letter = """
                LINDALE CHILDREN'S HOSPITAL
                March 2, 2026
                To whom it may concern: my patient, 8 years old, has relapsed leukemia and needs chemotherapy and a
                bone marrow transplant that is not available in her country. Her diagnosis and prognosis depend on
                treatment within weeks; she is in pain and her condition is serious.
                Dr. Alma Ferris, MD, oncologist""";
        assertThat(factors(CaseKind.PAROLE, List.of(SPONSOR), letter)).contains("urgency", "suffering")
                .doesNotContain("sponsor_support");
        String stub = """
                EARNINGS STATEMENT
                Employee: Ivan Petrenko   Pay period: 03/01/2026 - 03/14/2026   Pay date: 03/20/2026
                Gross pay 2,100.00   Net pay 1,640.00   Federal income tax 210.00   Year to date gross 12,600.00""";
        assertThat(factors(CaseKind.PAROLE, List.of(SPONSOR), stub)).containsExactly("sponsor_support");
    }

    @Test
    void aParoleCaseNeverGetsHardshipFactors() {
        String text = "Declaration. My niece needs treatment; I earn enough to support her and her mother; my wife and "
                + "I have a spare room and health insurance for her.";
        assertThat(factors(CaseKind.PAROLE, List.of(SPONSOR), text))
                .allMatch(code -> CATALOG.factor(code).orElseThrow().set() != FactorSet.HARDSHIP);
    }
}
