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

/** One person, one birth date: the profile and every document that gives a person's birth date must agree. */
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
            }
        }
        return findings;
    }
}
