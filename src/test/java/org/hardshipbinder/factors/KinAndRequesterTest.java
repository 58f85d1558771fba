package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** People named by kinship and given name, and a certificate's requester, on letters written for this test. */
class KinAndRequesterTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person APPLICANT = new Person(1, 1, "Marisol Quintero Aguilar", Role.APPLICANT, "self", null, null);
    private static final Person FATHER = new Person(2, 1, "Tomás Quintero Lara", Role.QR, "father", null, null);
    private static final Person SISTER = new Person(3, 1, "Marisol Quintero Vidal", Role.OTHER, "cousin", null, null);
    private static final Person BROTHER = new Person(4, 1, "Esteban Quintero Aguilar", Role.OTHER, "brother", null, null);

    private static List<Long> people(List<Person> cast, String text) {
        return new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG, cast, true).suggest(1, text).stream()
                .filter(s -> s.kind() == SuggestionKind.PERSON).map(Suggestion::personId).sorted().toList();
    }

    @Test
    void aPastorsLetterNamingADaughterByGivenNameConcernsHer() {
        String letter = """
                Grace Fellowship Church of Ridgeview, pastor's office
                I have known brother Tomás Quintero Lara since 2015; he volunteers in our congregation every week.
                He speaks of his son Esteban whenever we meet.""";
        assertThat(people(List.of(APPLICANT, FATHER, BROTHER), letter)).containsExactly(2L, 4L);
    }

    @Test
    void aGivenNameTwoPeopleShareOrWithoutAKinshipWordFindsNoOne() {
        String shared = """
                Grace Fellowship Church of Ridgeview, pastor's office
                Brother Tomás Quintero Lara is a member of our congregation. His daughter Marisol calls every Sunday.""";
        assertThat(people(List.of(APPLICANT, FATHER, SISTER), shared)).containsExactly(2L);
        String bare = """
                Grace Fellowship Church of Ridgeview, pastor's office
                Brother Tomás Quintero Lara is a member of our congregation. Esteban calls every Sunday.""";
        assertThat(people(List.of(FATHER, BROTHER), bare)).containsExactly(2L);
    }

    @Test
    void inADeclarationOrAPhysiciansLetterRelativesNamedInPassingAreContext() {
        String physician = """
                Ridgeview Heart Clinic
                To whom it may concern: Mr. Tomás Quintero Lara is my patient, treated for heart failure since 2021.
                His son Esteban drives him to his appointments. Dr. Nadia Kerr, MD, cardiologist""";
        assertThat(people(List.of(FATHER, BROTHER), physician)).containsExactly(2L);
    }

    @Test
    void thePersonWhoRequestedAStatementIsNotWhatItIsAbout() {
        String statement = """
                MUNICIPAL HOSPITAL OF SANTA LUZIA
                STATEMENT
                At the request of Ms. Marisol Quintero Aguilar, we declare that this municipality has no cardiologist
                in the public network and no echocardiography service.""";
        assertThat(people(List.of(APPLICANT, FATHER), statement)).isEmpty();
        String alsoAbout = statement + "\nMs. Marisol Quintero Aguilar was treated here in 2019.";
        assertThat(people(List.of(APPLICANT, FATHER), alsoAbout)).containsExactly(1L);
    }
}
