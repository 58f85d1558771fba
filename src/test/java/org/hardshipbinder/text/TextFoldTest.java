package org.hardshipbinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldTest {

    @Test
    void foldsAccentsAndCaseKeepingEveryCharacterInPlace() {
        String text = "JOSÉ Peña, São Tomé";
        assertThat(TextFold.fold(text)).isEqualTo("jose pena, sao tome").hasSameSizeAs(text);
    }

    @Test
    void compactMakesOneSpaceOfEveryRun() {
        assertThat(TextFold.compact("  Nefróloga \n\t PEDIÁTRICA ")).isEqualTo("nefrologa pediatrica");
    }
}
