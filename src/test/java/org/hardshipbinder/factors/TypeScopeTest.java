package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** A professional's document shows its own field: family words in a physician's or employer's letter are context. */
class TypeScopeTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person QR = new Person(1, 1, "Marisol Esperanza Ávila Reyes", Role.QR, "spouse", null, null);
    private static final Person SPONSOR = new Person(2, 1, "Bohdan Kravets", Role.SPONSOR, "uncle", null, null);

    private static List<String> factors(CaseKind kind, Person person, String text) {
        boolean hardship = FactorSet.forKind(kind) == FactorSet.HARDSHIP;
        SuggestionEngine engine = new SuggestionEngine(CATALOG.factors(FactorSet.forKind(kind)), CATALOG,
                List.of(person), hardship);
        return engine.suggest(1, text).stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value)
                .distinct().sorted().toList();
    }

    private static final String PHYSICIAN = """
            NORTHGATE NEUROLOGY ASSOCIATES
            To whom it may concern:
            Marisol Esperanza Ávila Reyes is my patient. Her diagnosis is epilepsy with frequent seizures; her treatment
            includes medication, neurologist visits every month and an MRI twice a year. Her prognosis depends on
            continuous care. Her husband and her children live with her; her husband drives her to every appointment
            and the family depends on him. She is close to her mother and her siblings, who live nearby.
            Dr. Owen Castell, MD, neurologist""";

    @Test
    void aPhysiciansLetterShowsTheIllnessNotTheFamilyTiesItMentions() {
        assertThat(factors(CaseKind.I_601A, QR, PHYSICIAN)).contains("medical").doesNotContain("family_ties");
    }

    @Test
    void inAParoleCaseAPhysiciansLetterDoesNotShowTheEffectOnTheFamily() {
        assertThat(factors(CaseKind.PAROLE, SPONSOR, PHYSICIAN)).doesNotContain("effect_of_decision");
    }

    @Test
    void aSpanishPhysiciansLetterAboutTheBodyIsNotAPsychologicalEvaluation() {
        String carta = """
                CLÍNICA SAN RAFAEL — CONSTANCIA MÉDICA
                Hago constar que Marisol Esperanza Ávila Reyes es mi paciente. Su diagnóstico es diabetes tipo 1 con
                insulina diaria, controles de laboratorio cada mes y tratamiento especializado; su pronóstico depende del
                tratamiento. Se siente triste a veces por la enfermedad.
                Dra. Inés Calderón, médica internista""";
        assertThat(factors(CaseKind.I_601A, QR, carta)).contains("medical").doesNotContain("psychological");
    }

    @Test
    void anEmployersLetterShowsTheIncomeNotTheIllnessItMentions() {
        String letter = """
                RIVERBEND LOGISTICS LLC — EMPLOYMENT VERIFICATION
                Bohdan Kravets has been employed by our company as a warehouse supervisor since 2019, full time, at an
                annual salary of $58,000. He told us his niece has leukemia and needs chemotherapy and a transplant.
                Human Resources""";
        assertThat(factors(CaseKind.I_601A, QR, letter)).contains("financial").doesNotContain("medical");
    }

    @Test
    void aPastorsLetterShowsTheCommunityNotTheIllness() {
        String carta = """
                IGLESIA CRISTIANA BUENAS NUEVAS — CARTA DE RECOMENDACIÓN
                A quien corresponda: conozco a Marisol Esperanza Ávila Reyes desde hace doce años como miembro activo de
                nuestra congregación; sirve en el ministerio de niños y en la comunidad. Desde su diagnóstico de epilepsia
                y su tratamiento, los hermanos de la iglesia la acompañan.
                Pastor Efraín Lozano""";
        assertThat(factors(CaseKind.I_601A, QR, carta)).contains("social_cultural").doesNotContain("medical");
    }
}
