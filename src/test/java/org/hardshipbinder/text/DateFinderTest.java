package org.hardshipbinder.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<LocalDate> dates(String text, boolean dayFirst) {
        return DateFinder.find(text, dayFirst).stream().map(DateMention::date).toList();
    }

    @Test
    void readsDatesWrittenOutInWords() {
        assertThat(dates("I was born on the second of August, 1987, in Fresno.", false)).containsExactly(LocalDate.of(1987, 8, 2));
        assertThat(dates("a los doce días del mes de enero del año dos mil dieciocho", true))
                .containsExactly(LocalDate.of(2018, 1, 12));
        assertThat(dates("nascido em trinta e um de outubro de mil novecentos e setenta e sete", true))
                .containsExactly(LocalDate.of(1977, 10, 31));
        assertThat(dates("on the twenty-first of March, nineteen eighty-eight", false)).containsExactly(LocalDate.of(1988, 3, 21));
    }

    @Test
    void readsPortugueseAndAbbreviatedUpperCaseMonths() {
        assertThat(dates("Data de emissão: 14 de setembro de 2021", true)).containsExactly(LocalDate.of(2021, 9, 14));
        assertThat(dates("DOB 07-NOV-1979 SEX F", false)).containsExactly(LocalDate.of(1979, 11, 7));
        assertThat(dates("DIA: 09 MÊS: 11 ANO: 2001", true)).containsExactly(LocalDate.of(2001, 11, 9));
    }

    @Test
    void datesGivenToTheMonthKeepTheirPrecision() {
        List<DateMention> found = DateFinder.find("He arrived in October 2015 and left on May 3, 2019.", false);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(found.get(0).date()).isEqualTo(LocalDate.of(2015, 10, 1));
        assertThat(found.get(1).precision()).isEqualTo(DatePrecision.DAY);
        assertThat(DateFinder.fullDates("He arrived in October 2015.", false)).isEmpty();
    }

    @Test
    void monthNamesThatAreCommonWordsCountOnlyCapitalized() {
        assertThat(dates("you may 2020 forms to the office", false)).isEmpty();
        assertThat(dates("the sea (mar) 12 2019", true)).isEmpty();
        assertThat(dates("Started May 2020", false)).containsExactly(LocalDate.of(2020, 5, 1));
    }

    @Test
    void numericDatesKeepBothReadings() {
        DateMention d = DateFinder.find("Fecha: 04/06/1994", true).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(1994, 6, 4));
        assertThat(d.alternative()).isEqualTo(LocalDate.of(1994, 4, 6));
        assertThat(DateFinder.find("Fecha: 04/06/1994", true).get(0).sameAs(DateFinder.find("June 4, 1994", false).get(0))).isTrue();
    }

    @Test
    void datesWrittenWithDotsAreDayFirstEvenInEnglishText() {
        DateMention dotted = DateFinder.find("Issued in Riga on 05.11.2024 by the registrar.", false).get(0);
        assertThat(dotted.date()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(dotted.alternative()).isEqualTo(LocalDate.of(2024, 5, 11));
        assertThat(dates("Signed 05/11/2024 at the office.", false)).containsExactly(LocalDate.of(2024, 5, 11));
        assertThat(dates("12 3904 09.04.2019 2", false)).containsExactly(LocalDate.of(2019, 4, 9));
        assertThat(dates("31.12.2023", false)).containsExactly(LocalDate.of(2023, 12, 31));
    }
}
