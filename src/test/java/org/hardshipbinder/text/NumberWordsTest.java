package org.hardshipbinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static OptionalInt parse(String words) {
        return NumberWords.parse(Arrays.asList(TextFold.fold(words).split("[\\s-]+")));
    }

    @Test
    void readsCardinalsOrdinalsAndYearsInThreeLanguages() {
        assertThat(parse("twenty-one")).hasValue(21);
        assertThat(parse("fourth")).hasValue(4);
        assertThat(parse("nineteen ninety-four")).hasValue(1994);
        assertThat(parse("two thousand and five")).hasValue(2005);
        assertThat(parse("veinticinco")).hasValue(25);
        assertThat(parse("dos mil veintitrés")).hasValue(2023);
        assertThat(parse("mil novecientos noventa y cuatro")).hasValue(1994);
        assertThat(parse("mil novecentos e noventa e três")).hasValue(1993);
        assertThat(parse("vinte e dois")).hasValue(22);
    }

    @Test
    void refusesWordsThatAreNotOneNumber() {
        assertThat(parse("three four")).isEmpty();
        assertThat(parse("and five")).isEmpty();
        assertThat(parse("twenty dogs")).isEmpty();
        assertThat(parse("ten five")).isEmpty();
    }
}
