package org.hardshipbinder.chronology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hardshipbinder.factors.Relation;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;

/**
 * Finds dates that should be one and are not: a person has one birth date, and the applicant and their spouse share
 * one marriage. Events of such a kind are grouped per person (per couple for a marriage) and split into readings
 * that agree (an ambiguous 04/05 agrees with 4 May and with 5 April); more than one reading is a conflict.
 * Events of other kinds (diagnoses, entries, jobs) can rightly happen many times and never conflict.
 */
final class DateConflicts {

    private static final Set<FactKind> ONCE = EnumSet.of(FactKind.BIRTH_DATE, FactKind.MARRIAGE_DATE);
    private static final long COUPLE = Long.MIN_VALUE;

    private DateConflicts() {
    }

    static List<DateConflict> find(List<ChronologyEvent> events, List<Person> people) {
        Map<FactKind, Map<Long, List<ChronologyEvent>>> groups = new LinkedHashMap<>();
        for (ChronologyEvent e : events) {
            if (!ONCE.contains(e.kind()) || !e.dated()) {
                continue;
            }
            Long who = e.personId();
            if (e.kind() == FactKind.MARRIAGE_DATE && (who == null || inCouple(who, people))) {
                who = COUPLE;
            }
            if (who == null) {
                continue; // a birth date of nobody known cannot disagree with anyone's
            }
            groups.computeIfAbsent(e.kind(), k -> new LinkedHashMap<>()).computeIfAbsent(who, k -> new ArrayList<>()).add(e);
        }
        List<DateConflict> conflicts = new ArrayList<>();
        groups.forEach((kind, byPerson) -> byPerson.forEach((who, list) -> {
            List<DateConflict.Reading> readings = readings(list);
            if (readings.size() > 1) {
                Long personId = who == COUPLE ? null : who;
                String name = personId == null ? null : people.stream().filter(p -> p.id() == personId)
                        .map(Person::name).findFirst().orElse(null);
                conflicts.add(new DateConflict(kind, personId, name, readings));
            }
        }));
        return conflicts;
    }

    /** The events split into groups whose dates agree, oldest first. */
    private static List<DateConflict.Reading> readings(List<ChronologyEvent> events) {
        List<List<ChronologyEvent>> clusters = new ArrayList<>();
        for (ChronologyEvent e : events) {
            List<ChronologyEvent> home = clusters.stream().filter(c -> c.stream().anyMatch(e::sameDateAs)).findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(e);
        }
        return clusters.stream().map(c -> new DateConflict.Reading(new DateConflict.Reading(c.get(0).date(), c).shown().date(), c))
                .sorted(java.util.Comparator.comparing(DateConflict.Reading::date)).toList();
    }

    /** The applicant and anyone recorded as their spouse share one marriage. */
    private static boolean inCouple(long personId, List<Person> people) {
        return people.stream().filter(p -> Objects.equals(p.id(), personId)).anyMatch(p -> p.role() == Role.APPLICANT
                || Relation.parse(p.relation()).filter(r -> r == Relation.SPOUSE).isPresent());
    }
}
