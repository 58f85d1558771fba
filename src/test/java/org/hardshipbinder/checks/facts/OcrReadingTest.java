package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrReadingTest {

    @Test
    void aBarStandingForTheWordIIsRepairedInPlace() {
        String read = OcrReading.pronouns("|, Ana Ruiz, state: | was born here. Totals | 12 | 14");
        assertThat(read).isEqualTo("I, Ana Ruiz, state: I was born here. Totals | 12 | 14");
    }

    @Test
    void lookAlikeLettersInAnANumberAreReadAsDigitsOnlyWhenFew() {
        assertThat(OcrReading.idDigits("A-number: AQ78 562 314")).isEqualTo("A-number: A078 562 314");
        assertThat(IdNumberFinder.find(OcrReading.idDigits("Alien no. A07B562314"))).singleElement()
                .satisfies(id -> assertThat(id.value()).isEqualTo("078562314"));
        assertThat(OcrReading.idDigits("ADOBE LOOK BOOK")).isEqualTo("ADOBE LOOK BOOK");
        assertThat(OcrReading.idDigits("A OOD IIO DDD")).isEqualTo("A OOD IIO DDD");
    }
}
