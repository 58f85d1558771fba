package org.hardshipbinder.chronology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;

/**
 * A case's dated facts in date order, the dates that disagree, and the documents that carry no date at all (so the
 * gap is visible).
 */
public record Chronology(Case theCase, List<Person> people, List<ChronologyEvent> events, List<DateConflict> conflicts,
                         List<ChronologyEvent> undated) {

    public Chronology {
        people = List.copyOf(people);
        events = List.copyOf(events);
        conflicts = List.copyOf(conflicts);
        undated = List.copyOf(undated);
    }

    /** The kinds of event present, in the enum's order. */
    public List<FactKind> kinds() {
        Set<FactKind> kinds = new java.util.TreeSet<>();
        events.forEach(e -> kinds.add(e.kind()));
        return new ArrayList<>(kinds);
    }

    /** The people some event is about, in the case's order. */
    public List<Person> peopleWithEvents() {
        Set<Long> ids = new LinkedHashSet<>();
        events.forEach(e -> {
            if (e.personId() != null) {
                ids.add(e.personId());
            }
        });
        return people.stream().filter(p -> ids.contains(p.id())).toList();
    }

    public boolean inConflict(ChronologyEvent event) {
        return conflicts.stream().anyMatch(c -> c.involves(event));
    }
}
