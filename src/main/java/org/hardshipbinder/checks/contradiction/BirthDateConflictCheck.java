package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * One person, one birth date: the profile and every document that gives a person's birth date must agree, and so
 * must every age stated for them ("a 7-year-old girl" in a letter dated when she was nine).
 */
public final class BirthDateConflictCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (Person p : evidence.people()) {
            List<Fact> births = evidence.allFacts().stream()
                    .filter(f -> f.kind() == FactKind.BIRTH_DATE && Long.valueOf(p.id()).equals(f.personId()))
                    .filter(evidence::reliable).toList();
            List<List<Fact>> groups = DateClusters.of(births);
            if (groups.size() > 1) {
                Findings f = Findings.of(Severity.ERROR, "DOB_CONFLICT")
                        .message("checks.dobConflict", p.name(), ConflictMessages.statements(evidence, groups))
                        .fix("checks.dobConflict.fix")
                        .person(p.id());
                ConflictMessages.locate(f, groups);
                findings.add(f.build());
            } else if (groups.size() == 1) {
                ageConflict(evidence, p, groups.get(0)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** Ages stated for a person whose birth dates agree, and that no reading of those dates makes true. */
    private static java.util.Optional<Finding> ageConflict(CaseEvidence evidence, Person p, List<Fact> births) {
        Fact birth = births.stream().filter(Fact::fullDate).findFirst().orElse(null);
        if (birth == null) {
            return java.util.Optional.empty();
        }
        List<Fact> wrong = evidence.allFacts().stream()
                .filter(f -> f.kind() == FactKind.AGE && Long.valueOf(p.id()).equals(f.personId()) && evidence.reliable(f))
                .filter(f -> !AgeOnDate.fits(evidence, f, births))
                .toList();
        if (wrong.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<UserMessage> stated = wrong.stream().map(f -> UserMessage.of("checks.ageStatement", f.value(),
                AgeOnDate.referenceDates(evidence, f).get(0).toString(), evidence.source(f))).toList();
        Findings f = Findings.of(Severity.ERROR, "DOB_CONFLICT")
                .message("checks.ageConflict", p.name(), birth.date().toString(), evidence.source(birth), stated)
                .fix("checks.dobConflict.fix")
                .person(p.id());
        wrong.forEach(a -> f.span(a.span()));
        births.forEach(b -> f.span(b.span()));
        return java.util.Optional.of(f.build());
    }
}
