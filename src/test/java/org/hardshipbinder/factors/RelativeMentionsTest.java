package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** A relative named by relation to the beneficiary ("Mila's mother", "la madre de Mila") is concerned too. */
class RelativeMentionsTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person CHILD = new Person(1, 1, "Mila Horvat", Role.BENEFICIARY, "self", null, null);
    private static final Person MOTHER = new Person(2, 1, "Darina Horvat", Role.BENEFICIARY, "mother", null, null);
    private static final Person UNCLE = new Person(3, 1, "Petro Levko", Role.SPONSOR, "uncle", null, null);
    private static final List<Person> PEOPLE = List.of(CHILD, MOTHER, UNCLE);

    private static List<Long> persons(List<Person> people, String text) {
        return new SuggestionEngine(CATALOG.factors(FactorSet.PAROLE), CATALOG, people, false).suggest(1, text).stream()
                .filter(s -> s.kind() == SuggestionKind.PERSON).map(Suggestion::personId).sorted().toList();
    }

    @Test
    void anEnglishLetterNamingTheMotherByRelationConcernsHer() {
        String letter = "Our clinic has accepted Mila Horvat for treatment. Mila’s mother must stay with her throughout.";
        assertThat(persons(PEOPLE, letter)).containsExactly(1L, 2L);
    }

    @Test
    void aSpanishLetterNamingTheMotherByRelationConcernsHer() {
        String carta = "Aceptamos a Mila Horvat como paciente. La madre de Mila la acompañará durante el tratamiento.";
        assertThat(persons(PEOPLE, carta)).containsExactly(1L, 2L);
    }

    @Test
    void anUnnamedOrAmbiguousRelationFindsNoOne() {
        Person father = new Person(4, 1, "Ivo Horvat", Role.OTHER, "father", null, null);
        String letter = "Mila Horvat is our patient. Her mother visits daily.";
        assertThat(persons(PEOPLE, letter)).containsExactly(1L);
        Person secondMother = new Person(5, 1, "Vera Kostiuk", Role.OTHER, "mother", null, null);
        String ambiguous = "Mila Horvat is our patient. Mila's mother visits daily.";
        assertThat(persons(List.of(CHILD, MOTHER, secondMother, father), ambiguous)).containsExactly(1L);
    }
}
