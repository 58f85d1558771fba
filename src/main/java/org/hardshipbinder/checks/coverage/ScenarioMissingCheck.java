package org.hardshipbinder.checks.coverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.UserMessage;

/**
 * Extreme hardship is weighed for each qualifying relative both if they stay (separation) and if they follow the
 * applicant (relocation). A scenario with no hardship evidence tagged for that relative is a gap. Until anything is
 * tagged at all, only a note says so.
 */
public final class ScenarioMissingCheck implements Check {

    static final String RELATIONSHIP_PROOF = "relationship_proof";

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        if (!evidence.theCase().kind().isExtremeHardship()) {
            return findings;
        }
        List<Tag> hardship = evidence.tags().stream().filter(t -> !t.factor().equals(RELATIONSHIP_PROOF)).toList();
        List<Person> qrs = evidence.qualifyingRelatives().toList();
        if (qrs.isEmpty()) {
            return findings;
        }
        if (hardship.isEmpty()) {
            findings.add(Findings.of(Severity.INFO, "SCENARIO_MISSING").message("checks.scenarioMissing.nothingTagged")
                    .fix("checks.scenarioMissing.fix").build());
            return findings;
        }
        for (Person qr : qrs) {
            Set<Scenario> covered = EnumSet.noneOf(Scenario.class);
            hardship.stream().filter(t -> t.personId() == null || t.personId() == qr.id()).forEach(t -> covered.add(t.scenario()));
            for (Scenario s : List.of(Scenario.SEPARATION, Scenario.RELOCATION)) {
                if (covered.stream().noneMatch(c -> c.covers(s))) {
                    findings.add(Findings.of(Severity.WARNING, "SCENARIO_MISSING")
                            .message("checks.scenarioMissing", qr.name(), UserMessage.of("checks.scenario." + s.code()))
                            .fix("checks.scenarioMissing.fix").person(qr.id()).build());
                }
            }
        }
        return findings;
    }
}
