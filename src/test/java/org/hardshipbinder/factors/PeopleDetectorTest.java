package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.junit.jupiter.api.Test;

class PeopleDetectorTest {

    private final PeopleDetector detector = new PeopleDetector();
    private final Person maria = new Person(1, 1, "María Guadalupe Hernández Castillo", Role.QR, "wife", ImmigrationStatus.USC, null);
    private final Person mario = new Person(2, 1, "Mario Hernández", Role.OTHER, "brother-in-law", null, null);
    private final Person jose = new Person(3, 1, "José de la Cruz Ortega", Role.CHILD, "son", null, null);

    private List<Long> found(String text) {
        return detector.detect(text, List.of(maria, mario, jose)).stream().map(m -> m.person().id()).toList();
    }

    @Test
    void toleratesAccentsCaseMissingSecondSurnameAndSurnameFirst() {
        assertThat(found("Patient: MARIA HERNANDEZ, DOB 01/02/1980")).containsExactly(1L);
        assertThat(found("la señora Guadalupe Hernández Castillo acudió")).isEmpty();
        assertThat(found("Hernández Castillo, María G.")).containsExactly(1L);
        assertThat(found("Jose Cruz Ortega is in fifth grade")).containsExactly(3L);
    }

    @Test
    void toleratesOneOcrSlipInALongNamePartButNotAnotherFirstName() {
        assertThat(found("Mrs. Maria Hemandez came to the clinic")).containsExactly(1L);
        assertThat(found("Mario Hernandez signed the lease")).containsExactly(2L);
        assertThat(found("Maria went to the store with Hernandez")).isEmpty();
    }
}
