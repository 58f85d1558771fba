package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

/** Whom a civil record concerns, and the source of a statement made by one of the case's people. */
class ConcernedPeopleAndSourceTest {

    private static final FactorCatalog CATALOG = FactorCatalog.load();
    private static final Person APPLICANT = new Person(1, 1, "Héctor Anselmo Ruiz Paredes", Role.APPLICANT, "self", null, null);
    private static final Person QR = new Person(2, 1, "Lorena Beatriz Quiroga", Role.QR, "spouse", null, null);
    private static final Person MOTHER = new Person(3, 1, "Celia Paredes Munguía", Role.OTHER, "mother", null, null);
    private static final Person FATHER = new Person(4, 1, "Tomás Ruiz Galeano", Role.OTHER, "father", null, null);
    private static final List<Person> PEOPLE = List.of(APPLICANT, QR, MOTHER, FATHER);

    private static List<Suggestion> suggest(String text) {
        return new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG, PEOPLE, true).suggest(1, text);
    }

    private static List<Long> persons(String text) {
        return suggest(text).stream().filter(s -> s.kind() == SuggestionKind.PERSON).map(Suggestion::personId).sorted().toList();
    }

    private static List<String> sources(String text) {
        return suggest(text).stream().filter(s -> s.kind() == SuggestionKind.SOURCE).map(Suggestion::value).toList();
    }

    @Test
    void aBirthCertificateConcernsItsRegistrantNotTheParentsItNames() {
        String acta = """
                REGISTRO NACIONAL DE LAS PERSONAS
                CERTIFICACIÓN DE ACTA DE NACIMIENTO
                Inscrito: Héctor Anselmo Ruiz Paredes, nacido el 3 de abril de 1991
                Padre: Tomás Ruiz Galeano   Madre: Celia Paredes Munguía
                """;
        assertThat(persons(acta)).containsExactly(1L);
    }

    @Test
    void aMarriageCertificateConcernsTheSpousesNotTheirParents() {
        String certificate = """
                COUNTY CLERK - CERTIFICATE OF MARRIAGE
                Groom: Héctor Anselmo Ruiz Paredes   Bride: Lorena Beatriz Quiroga
                Parents of the groom: Tomás Ruiz Galeano and Celia Paredes Munguía
                Date of marriage: June 4, 2019
                """;
        assertThat(persons(certificate)).containsExactly(1L, 2L);
    }

    @Test
    void aLetterStillConcernsEveryoneItNames() {
        String letter = """
                Dear officer, I am writing about Lorena Beatriz Quiroga. Her mother-in-law Celia Paredes Munguía
                lives with the family and helps her every day.""";
        assertThat(persons(letter)).containsExactly(2L, 3L);
    }

    @Test
    void aDeclarationByTheQualifyingRelativeComesFromTheFamily() {
        String declaration = """
                DECLARATION OF LORENA BEATRIZ QUIROGA
                I, Lorena Beatriz Quiroga, declare under penalty of perjury that my husband Héctor Anselmo Ruiz Paredes
                cares for me every day.""";
        assertThat(sources(declaration)).containsExactly("family");
    }

    @Test
    void aSpanishDeclarationByTheApplicantIsHisOwnWord() {
        String declaracion = """
                DECLARACIÓN JURADA
                Yo, Héctor Anselmo Ruiz Paredes, mayor de edad, declaro bajo juramento que mi esposa depende de mí.""";
        assertThat(sources(declaracion)).containsExactly("self");
    }

    @Test
    void aStatementBySomeoneOutsideTheCaseGetsNoSource() {
        String statement = """
                DECLARATION OF MARCO ANTONIO VELEZ
                I, Marco Antonio Velez, declare under penalty of perjury that I have known Lorena Beatriz Quiroga for ten years.""";
        assertThat(sources(statement)).isEmpty();
    }

    @Test
    void aReportCardConcernsThePupilNotTheParentItIsSentTo() {
        Person son = new Person(5, 1, "Julián Ruiz Quiroga", Role.CHILD, "son", null, null);
        String boleta = """
                ESCUELA PRIMARIA BENITO SALAS — BOLETA DE CALIFICACIONES
                Alumno: Julián Ruiz Quiroga   Grado: 3   Ciclo escolar 2025-2026
                Matemáticas 9   Español 8   Asistencia 96%
                Padre o tutor: Lorena Beatriz Quiroga""";
        List<Long> found = new SuggestionEngine(CATALOG.factors(FactorSet.HARDSHIP), CATALOG,
                List.of(APPLICANT, QR, son), true).suggest(1, boleta).stream()
                .filter(s -> s.kind() == SuggestionKind.PERSON).map(Suggestion::personId).toList();
        assertThat(found).containsExactly(5L);
    }

    @Test
    void aFamilyMembersStatementAboutAnotherOfTheCaseShowsFamilyTies() {
        String declaracion = """
                DECLARACIÓN JURADA
                Yo, Lorena Beatriz Quiroga, declaro bajo juramento que mi esposo Héctor Anselmo Ruiz Paredes trabaja de
                noche para pagar mi tratamiento.""";
        assertThat(suggest(declaracion).stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value))
                .contains("family_ties");
        String alone = """
                DECLARATION OF LORENA BEATRIZ QUIROGA
                I, Lorena Beatriz Quiroga, declare under penalty of perjury that I was born in Texas.""";
        assertThat(suggest(alone).stream().filter(s -> s.kind() == SuggestionKind.FACTOR).map(Suggestion::value))
                .doesNotContain("family_ties");
    }
}
