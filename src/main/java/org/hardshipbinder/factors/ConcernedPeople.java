package org.hardshipbinder.factors;

import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.Role;

/**
 * Whom a document is about, among the people it names. A civil record (birth or marriage certificate) is about its
 * registrant or its spouses: the parents and witnesses it also names are not concerned by it, unless they are parties
 * of the case themselves (a qualifying parent is). A school record concerns the pupil, not the parent it addresses.
 * Other documents concern everyone they name.
 */
final class ConcernedPeople {

    private static final Set<String> SCHOOL_RECORDS = Set.of("school_record", "iep");
    private static final Set<String> CIVIL_RECORDS = Set.of("birth_certificate", "marriage_certificate");

    private ConcernedPeople() {
    }

    static List<PeopleDetector.Mention> of(String typeCode, List<PeopleDetector.Mention> mentions) {
        if (typeCode != null && SCHOOL_RECORDS.contains(typeCode)) {
            List<PeopleDetector.Mention> pupils = mentions.stream().filter(m -> m.person().role() == Role.CHILD).toList();
            return pupils.isEmpty() ? mentions : pupils;
        }
        if (typeCode == null || !CIVIL_RECORDS.contains(typeCode)) {
            return mentions;
        }
        List<PeopleDetector.Mention> parties = mentions.stream().filter(m -> m.person().role() != Role.OTHER).toList();
        return parties.isEmpty() ? mentions : parties;
    }
}
