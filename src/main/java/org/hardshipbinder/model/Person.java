package org.hardshipbinder.model;

import java.time.LocalDate;

/** Someone in a case: the applicant, a qualifying relative, a child, a sponsor … */
public record Person(long id, long caseId, String name, Role role, String relation,
                     ImmigrationStatus status, LocalDate born) {
}
