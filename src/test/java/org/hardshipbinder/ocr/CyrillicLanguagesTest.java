package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cyrillic-script languages told apart by the letters only one of them writes (sentences written for this test). */
class CyrillicLanguagesTest {

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void ukrainianByItsOwnLettersAndApostrophe() {
        assertThat(identifier.identify("Пацієнтка перебувала на лікуванні в обласній лікарні з п'ятого по дванадцяте "
                + "березня. Їй призначено повторне обстеження.")).isEqualTo("uk");
        assertThat(identifier.identify("Довідка видана для подання за місцем вимоги")).isEqualTo("uk");
        assertThat(identifier.identify("ПАЦІЄНТ ПЕРЕБУВАВ НА ЛІКУВАННІ")).isEqualTo("uk");
    }

    @Test
    void russianByItsOwnLetters() {
        assertThat(identifier.identify("Пациентка была выписана из областной больницы. Это обследование нужно "
                + "повторить через три месяца.")).isEqualTo("ru");
        assertThat(identifier.identify("ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ")).isEqualTo("ru");
    }

    @Test
    void otherCyrillicLanguages() {
        assertThat(identifier.identify("Пацыентка знаходзілася на лячэнні ў абласной бальніцы")).isEqualTo("be");
        assertThat(identifier.identify("Тя ще бъде прегледана отново след три месеца в болницата")).isEqualTo("bg");
        assertThat(identifier.identify("Пацијенткиња је лечена у општој болници. Њен преглед ће бити поновљен."))
                .isEqualTo("sr");
        assertThat(identifier.identify("Пациентката ќе биде повторно прегледана во општата болница")).isEqualTo("mk");
    }

    @Test
    void aRussianWordWithAHardSignIsNotBulgarian() {
        assertThat(identifier.identify("Объявление было вывешено в подъезде")).isEqualTo("ru");
    }

    @Test
    void withoutTellingLettersCyrillicStaysRussian() {
        assertThat(identifier.identify("Справка от врача для Сергея Павлова")).isEqualTo("ru");
    }

    @Test
    void aLatinApostropheBetweenLatinLettersSaysNothing() {
        assertThat(CyrillicLanguages.identify("Справка для O'Neil от врача")).isEqualTo("ru");
    }
}
