package org.hardshipbinder.checks.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Whose fact a date or age is, as the extractor decides it on fictional documents. */
class PersonResolutionTest {

    private static final List<Person> PEOPLE = List.of(
            new Person(1, 1, "Ramiro Cuesta Villalba", Role.APPLICANT, "self", ImmigrationStatus.OTHER, null),
            new Person(2, 1, "Ofelia Nájera Paz", Role.QR, "spouse", ImmigrationStatus.USC, null),
            new Person(3, 1, "Bruno Cuesta Nájera", Role.CHILD, "son", ImmigrationStatus.USC, null),
            new Person(4, 1, "Herminia Paz Solís", Role.OTHER, "mother-in-law", null, null),
            new Person(5, 1, "Ignacio Cuesta Lara", Role.OTHER, "father", null, null));

    private static List<Fact> births(String... pages) {
        List<PageContent> contents = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            contents.add(new PageContent(i + 1, pages[i], "en", null, Set.of()));
        }
        return new FactExtractor(PEOPLE).extract(9, contents, false, null).of(FactKind.BIRTH_DATE);
    }

    @Test
    void kinshipWordsAreReadFromTheAuthor() {
        List<Fact> facts = births("I, Ofelia Nájera Paz, declare:\n\nMy mother was born on May 2, 1961. "
                + "My husband was born on August 8, 1984. My mother-in-law lives in Jalisco.");
        assertThat(facts).extracting(Fact::personId).containsExactly(4L, 1L);
    }

    @Test
    void theApplicantsOwnKinshipNeedsNoTranslation() {
        List<Fact> facts = births("My name is Ramiro Cuesta Villalba.\n\nMy father was born on March 1, 1955.");
        assertThat(facts).extracting(Fact::personId).containsExactly(5L);
    }

    @Test
    void aBarReadForTheCapitalIStillMeansTheAuthor() {
        List<Fact> facts = births("|, Ofelia Nájera Paz, declare the following.\n\n1. | was born on June 3, 1986, in Tucson.");
        assertThat(facts).extracting(Fact::personId).containsExactly(2L);
        assertThat(facts.get(0).span().text()).isEqualTo("June 3, 1986");
    }

    @Test
    void aTitleAndASharedSurnameNeverPicksTheChildOrAGuess() {
        List<Fact> facts = births("Re: Bruno Cuesta Nájera\n\nMr. Cuesta was born on July 7, 1983.");
        assertThat(facts).extracting(Fact::personId).containsOnlyNulls();
        List<Fact> namedBoth = births("Ramiro Cuesta Villalba and Ignacio Cuesta Lara came.\n\nMr. Cuesta was born on July 7, 1983.");
        assertThat(namedBoth).extracting(Fact::personId).containsOnlyNulls();
    }

    @Test
    void aGivenNameAloneIsThePersonWhoseNameItIs() {
        List<Fact> facts = births("Re: patient\n\nBruno was born on 03/09/2015 and attends first grade.");
        assertThat(facts).extracting(Fact::personId).containsExactly(3L);
        assertThat(facts.get(0).date()).isEqualTo(LocalDate.of(2015, 3, 9));
    }
}
