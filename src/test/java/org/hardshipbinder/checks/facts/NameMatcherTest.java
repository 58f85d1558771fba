package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private static final Person MARIA = new Person(1, 1, "María Elena López García", Role.QR, "spouse", null, null);
    private static final Person JUAN = new Person(2, 1, "Juan Pérez Ramírez", Role.APPLICANT, null, null, null);
    private final NameMatcher matcher = new NameMatcher(List.of(MARIA, JUAN));

    @Test
    void findsTheExactName() {
        List<NameMention> found = matcher.find("I, María Elena López García, declare the following.");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.personId()).isEqualTo(1);
            assertThat(m.exact()).isTrue();
            assertThat(m.written()).isEqualTo("María Elena López García");
        });
    }

    @Test
    void accentsAndMissingSecondSurnameAreTheSamePersonNotATypo() {
        NameMention m = matcher.find("My wife Maria Lopez works hard.").get(0);
        assertThat(m.personId()).isEqualTo(1);
        assertThat(m.variants()).contains(NameVariant.ACCENTS, NameVariant.SHORTER).doesNotContain(NameVariant.TYPO);
    }

    @Test
    void surnameFirstInCapitalsAndInitials() {
        assertThat(matcher.find("NOMBRE: PEREZ RAMIREZ JUAN").get(0).personId()).isEqualTo(2);
        NameMention initial = matcher.find("Signed: J. Pérez Ramírez").get(0);
        assertThat(initial.personId()).isEqualTo(2);
        assertThat(initial.variants()).contains(NameVariant.INITIAL);
    }

    @Test
    void aChangedLetterIsALikelyTypo() {
        NameMention m = matcher.find("Patient: Juan Peres Ramírez").get(0);
        assertThat(m.personId()).isEqualTo(2);
        assertThat(m.variants()).contains(NameVariant.TYPO);
    }

    @Test
    void differentGivenNamesOfTheFamilyAreNotTheSamePerson() {
        assertThat(matcher.find("Her sister Marta López García and her father Mario López came.")).isEmpty();
        assertThat(matcher.find("Juan García and Pedro Pérez.")).isEmpty();
    }

    @Test
    void unclearOcrWordsAreNotCalledTypos() {
        assertThat(matcher.find("Juan Peres Ramirez", w -> !w.equals("Peres")).get(0).variants()).doesNotContain(NameVariant.TYPO);
    }

    @Test
    void twoPeopleInOneSentence() {
        List<NameMention> found = matcher.find("Juan Pérez y María López viven juntos.");
        assertThat(found).extracting(NameMention::personId).containsExactly(2L, 1L);
    }
}
