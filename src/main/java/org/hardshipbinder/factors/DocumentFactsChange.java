package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.SourceKind;

/** What to change about a document; null fields stay as they are. {@code people} are added, never removed. */
public record DocumentFactsChange(String title, String evidenceType, LocalDate date, Boolean dateApproximate,
                                  SourceKind source, String author, String language, Long translationOf,
                                  List<Long> people) {

    public DocumentFactsChange {
        people = people == null ? List.of() : List.copyOf(people);
    }
}
