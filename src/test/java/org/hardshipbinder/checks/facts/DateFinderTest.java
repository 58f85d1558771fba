package org.hardshipbinder.checks.facts;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.DateMention;
import org.hardshipbinder.text.TextFold;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTest {

    private static List<LocalDate> dates(String text, boolean dayFirst) {
        return DateFinder.find(text, dayFirst).stream().map(DateMention::date).toList();
    }

    @Test
    void readsEnglishAndSpanishMonthNamesAndNumericForms() {
        assertThat(dates("Born March 5, 1985 in Puebla", false)).containsExactly(LocalDate.of(1985, 3, 5));
        assertThat(dates("nació el 5 de marzo de 1985", true)).containsExactly(LocalDate.of(1985, 3, 5));
        assertThat(dates("el día 12 de Septiembre del 2010", true)).containsExactly(LocalDate.of(2010, 9, 12));
        assertThat(dates("on the 3rd day of June, 2021", false)).containsExactly(LocalDate.of(2021, 6, 3));
        assertThat(dates("a los 3 días del mes de junio de 2021", true)).containsExactly(LocalDate.of(2021, 6, 3));
        assertThat(dates("5 Mar. 2019 and 2019-03-05", false)).containsExactly(LocalDate.of(2019, 3, 5), LocalDate.of(2019, 3, 5));
        assertThat(dates("marzo 5, 2019", true)).containsExactly(LocalDate.of(2019, 3, 5));
        assertThat(dates("DOB: 03/25/1985", false)).containsExactly(LocalDate.of(1985, 3, 25));
        assertThat(dates("Fecha: 25/03/1985", true)).containsExactly(LocalDate.of(1985, 3, 25));
    }

    @Test
    void keepsBothReadingsOfAnAmbiguousNumericDate() {
        DateMention d = DateFinder.find("04/05/2019", false).get(0);
        assertThat(d.date()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(d.alternative()).isEqualTo(LocalDate.of(2019, 5, 4));
        assertThat(DateFinder.find("04/05/2019", true).get(0).date()).isEqualTo(LocalDate.of(2019, 5, 4));
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(dates("Phone 555-123-4567, invoice 12/45/2019, total 1,234.56, version 1.2.3", false)).isEmpty();
    }

    @Test
    void readsWhatADateMeans() {
        assertThat(meaning("Juan Pérez was born on March 5, 1985.")).isEqualTo(FactKind.BIRTH_DATE);
        assertThat(meaning("Fecha de nacimiento: 5 de marzo de 1985")).isEqualTo(FactKind.BIRTH_DATE);
        assertThat(meaning("We were married on June 12, 2010 in Chicago.")).isEqualTo(FactKind.MARRIAGE_DATE);
        assertThat(meaning("She was diagnosed with lupus on May 1, 2020.")).isEqualTo(FactKind.DIAGNOSIS_DATE);
        assertThat(meaning("Los Angeles, California\nMarch 3, 2024\n\nTo whom it may concern")).isEqualTo(FactKind.DOCUMENT_DATE);
        assertThat(meaning("Date: March 3, 2024")).isEqualTo(FactKind.DOCUMENT_DATE);
        assertThat(meaning("Her next appointment is on March 3, 2024.")).isEqualTo(FactKind.OTHER_DATE);
        assertThat(meaning("He was born in Mexico. On March 3, 2024 he came to see me.")).isEqualTo(FactKind.OTHER_DATE);
    }

    private static FactKind meaning(String text) {
        DateMention d = DateFinder.find(text, false).get(0);
        return DateMeaning.classify(TextFold.fold(text), d);
    }
}
