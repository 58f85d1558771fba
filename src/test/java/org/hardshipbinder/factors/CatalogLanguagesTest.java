package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.SourceKind;
import org.junit.jupiter.api.Test;

/**
 * Factor words in Portuguese and Ukrainian (for originals nobody has translated yet), who pays for care as financial
 * evidence, and a country report's source by its publisher. Letters written for this test.
 */
class CatalogLanguagesTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person QR = new Person(3, 1, "Joaquim Pedrosa Lima", Role.QR, "father", null, null);
    private final SuggestionEngine engine = new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG,
            List.of(QR), true);

    private List<String> factors(String text) {
        return engine.suggest(1, text).stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value)
                .distinct().sorted().toList();
    }

    @Test
    void portugueseLettersFindTheirFactors() {
        assertThat(factors("""
                Declaro que o Sr. Joaquim Pedrosa Lima é paciente desta unidade. Sofreu um acidente vascular cerebral
                em 2024, com hemiparesia e afasia, e faz uso de anticoagulante com exames mensais."""))
                .contains("medical");
        assertThat(factors("""
                Minha filha é quem cuida dele todos os dias: os cuidados diários, as consultas, os remédios. Ele não
                tem outra família aqui."""))
                .contains("family_ties");
        assertThat(factors("""
                O município não tem neurologista na rede pública e a fila de espera para uma consulta é de um ano;
                faltam medicamentos no sistema público."""))
                .contains("country_conditions");
    }

    @Test
    void ukrainianTextFindsItsFactors() {
        assertThat(factors("Пацієнтка перебувала на стаціонарному лікуванні. Діагноз: гостра лейкемія, рецидив. "
                + "Призначено хіміотерапію.")).contains("medical");
    }

    @Test
    void aHospitalLetterSayingWhoPaysForTheCareIsFinancialEvidence() {
        String pays = """
                Rivermoor Medical Center, Department of Oncology
                Mr. Joaquim Pedrosa Lima has been accepted for treatment. Our financial assistance program has approved
                coverage of the hospital charges; his son is responsible for housing and travel expenses.""";
        assertThat(factors(pays)).contains("financial", "medical");
        String careOnly = """
                Rivermoor Medical Center, Department of Oncology
                Mr. Joaquim Pedrosa Lima has been accepted for treatment of his lymphoma. Chemotherapy will start in
                May; his prognosis is good if the treatment is not interrupted.""";
        assertThat(factors(careOnly)).doesNotContain("financial");
    }

    @Test
    void aLetterSayingASpecialistIsMissingIsNotCountryEvidenceOnThatAlone() {
        assertThat(factors("Mr. Lima had a stroke. There is no neurologist in his town, his daughter told me."))
                .doesNotContain("country_conditions");
    }

    @Test
    void aReportsSourceIsItsPublisher() {
        assertThat(ReportIssuer.of("U.S. DEPARTMENT OF STATE\nCountry Reports on Human Rights Practices: Costa Dorada\n"))
                .isEqualTo(SourceKind.OFFICIAL);
        assertThat(ReportIssuer.of("Ministerio de Relaciones Exteriores\nInforme sobre derechos humanos\n"))
                .isEqualTo(SourceKind.OFFICIAL);
        assertThat(ReportIssuer.of("Coalition for Safe Clinics\nField Brief 3/2025: Hospitals near the front line\n"))
                .isEqualTo(SourceKind.THIRD_PARTY);
        assertThat(ReportIssuer.of("The Valley Herald\nStaff writer\nGangs extort bus drivers in the capital\n"))
                .isEqualTo(SourceKind.THIRD_PARTY);
    }
}
