package org.hardshipbinder.chronology;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.FactKind;

/**
 * Dates of the same kind for the same person (or the same couple, for a marriage) that disagree: each different
 * date with the evidence that gives it, so they can be read side by side. {@code personId} is null for a marriage
 * whose spouses are not told apart.
 */
public record DateConflict(FactKind kind, Long personId, String person, List<Reading> readings) {

    public DateConflict {
        readings = List.copyOf(readings);
    }

    /** One of the disagreeing dates and every event that gives it. */
    public record Reading(LocalDate date, List<ChronologyEvent> events) {

        public Reading {
            events = List.copyOf(events);
        }

        /** The event that gives this date most precisely ("May 25, 2023" rather than "May 2023"). */
        public ChronologyEvent shown() {
            return events.stream().min(java.util.Comparator.comparing(ChronologyEvent::precision)).orElseThrow();
        }
    }

    public boolean involves(ChronologyEvent event) {
        return readings.stream().anyMatch(r -> r.events().contains(event));
    }
}
