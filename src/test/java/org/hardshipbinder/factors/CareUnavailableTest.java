package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Care missing in the country of relocation is a country condition, whoever states it. */
class CareUnavailableTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person QR = new Person(1, 1, "Gloria Estela Fuentes Lara", Role.QR, "spouse", null, null);

    private static List<String> factors(String text) {
        return new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG, List.of(QR), true).suggest(1, text)
                .stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value).distinct().toList();
    }

    @Test
    void aClinicAbroadSayingItHasNoSpecialistShowsCountryConditions() {
        String constancia = """
                HOSPITAL REGIONAL DE LAS PEÑAS — CONSTANCIA
                Hacemos constar que este hospital no cuenta con especialista en cardiología ni con equipo de
                cateterismo; la red pública de la región tiene lista de espera de más de un año.
                Dr. Ramiro Solís, director médico""";
        assertThat(factors(constancia)).contains("country_conditions");
    }

    @Test
    void anEnglishLetterSayingTreatmentIsUnavailableThereShowsCountryConditions() {
        String letter = """
                To whom it may concern: Gloria Estela Fuentes Lara is my patient and needs dialysis three times a week.
                The district hospital in her husband's home town does not offer dialysis treatment, and the public
                hospitals of the region report shortages of medicines. Dr. Nadia Brook, MD, nephrologist""";
        assertThat(factors(letter)).contains("country_conditions", "medical");
    }

    @Test
    void anOrdinaryRefusalIsNotACountryCondition() {
        String letter = """
                Dear customer, our store does not offer refunds on sale items. Thank you for shopping with us.""";
        assertThat(factors(letter)).doesNotContain("country_conditions");
    }
}
