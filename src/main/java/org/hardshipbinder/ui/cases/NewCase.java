package org.hardshipbinder.ui.cases;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;

/** What the new-case form collects: the request, the applicant and the other people of the case. */
public record NewCase(CaseKind kind, String applicant, String title, List<NewPerson> people) {

    public NewCase {
        people = List.copyOf(people);
    }

    /** One person entered in the form; relation is a plain code (spouse, parent, son, daughter, …). */
    public record NewPerson(String name, Role role, String relation, ImmigrationStatus status, LocalDate born) {
    }
}
