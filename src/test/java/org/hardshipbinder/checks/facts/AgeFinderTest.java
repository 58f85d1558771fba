package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeFinderTest {

    @Test
    void readsAgesInDigitsAndWordsInThreeLanguages() {
        assertThat(AgeFinder.find("Lucas is a 7-year-old boy.")).extracting(AgeMention::years).containsExactly(7);
        assertThat(AgeFinder.find("My father is sixty-four years old.")).extracting(AgeMention::years).containsExactly(64);
        assertThat(AgeFinder.find("Patient: Ana Ruiz, age 41")).extracting(AgeMention::years).containsExactly(41);
        assertThat(AgeFinder.find("I am fifty-two.")).extracting(AgeMention::years).containsExactly(52);
        assertThat(AgeFinder.find("and she turned nine this February")).extracting(AgeMention::years).containsExactly(9);
        assertThat(AgeFinder.find("Mi hija tiene 12 años.")).extracting(AgeMention::years).containsExactly(12);
        assertThat(AgeFinder.find("EL CONTRAYENTE, de 33 años de edad, soltero")).extracting(AgeMention::years).containsExactly(33);
        assertThat(AgeFinder.find("Ela tem 70 anos.")).extracting(AgeMention::years).containsExactly(70);
    }

    @Test
    void anAgeInThePastIsMarkedSo() {
        assertThat(AgeFinder.find("He left when he was twenty-one.")).singleElement()
                .satisfies(a -> assertThat(a.past()).isTrue());
        assertThat(AgeFinder.find("She was diagnosed at age 5.")).singleElement().satisfies(a -> assertThat(a.past()).isTrue());
        assertThat(AgeFinder.find("Our son was two years old when he left.")).singleElement()
                .satisfies(a -> assertThat(a.past()).isTrue());
        assertThat(AgeFinder.find("Lucas is a 7-year-old boy.")).singleElement().satisfies(a -> assertThat(a.past()).isFalse());
    }

    @Test
    void durationsAndMeasuresAreNotAges() {
        assertThat(AgeFinder.find("Tengo 10 años trabajando aquí. He is 6 feet tall. Married for 12 years.")).isEmpty();
        assertThat(AgeFinder.find("más de 5 años en este país")).isEmpty();
    }
}
