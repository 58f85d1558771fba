package org.hardshipbinder.checks.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.factors.FactorCoverage;
import org.hardshipbinder.factors.ScenarioCoverage;
import org.hardshipbinder.factors.SubjectCoverage;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * A hardship factor the case argues must be backed: claimed for a relative with no document tagged for it, or backed
 * only by the family's own statements (every document's source known, none official or third-party). Read from the
 * factor coverage; one finding per relative and factor, naming the scenarios.
 */
public final class FactorEvidenceCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        evidence.coverage().ifPresent(coverage -> {
            for (SubjectCoverage subject : coverage.subjects()) {
                Map<String, Set<Scenario>> empty = new LinkedHashMap<>();
                Map<String, Set<Long>> selfOnly = new LinkedHashMap<>();
                for (ScenarioCoverage scenario : subject.scenarios()) {
                    for (FactorCoverage cell : scenario.factors()) {
                        if (cell.claimed() && !cell.hasEvidence()) {
                            empty.computeIfAbsent(cell.factor(), f -> new LinkedHashSet<>()).add(scenario.scenario());
                        } else if (cell.hasEvidence() && onlyOwnStatements(evidence, cell)) {
                            selfOnly.computeIfAbsent(cell.factor(), f -> new LinkedHashSet<>()).addAll(cell.documents());
                        }
                    }
                }
                Object who = subject.personId() == null ? UserMessage.of("checks.subject.case") : subject.name();
                empty.forEach((factor, scenarios) -> findings.add(person(subject, Findings.of(Severity.WARNING, "FACTOR_NO_EVIDENCE")
                        .message("checks.factorNoEvidence", evidence.factorLabel(factor), who,
                                scenarios.stream().map(s -> UserMessage.of("checks.scenario." + s.code())).toList())
                        .fix("checks.factorNoEvidence.fix")).build()));
                selfOnly.forEach((factor, docs) -> {
                    Findings f = person(subject, Findings.of(Severity.WARNING, "FACTOR_UNCORROBORATED")
                            .message("checks.factorUncorroborated", evidence.factorLabel(factor), who)
                            .fix("checks.factorUncorroborated.fix"));
                    docs.forEach(f::document);
                    findings.add(f.build());
                });
            }
        });
        return findings;
    }

    private static Findings person(SubjectCoverage subject, Findings f) {
        return subject.personId() == null ? f : f.person(subject.personId());
    }

    /** Every document's source is known and none corroborates; unknown sources are not held against the user. */
    private static boolean onlyOwnStatements(CaseEvidence evidence, FactorCoverage cell) {
        return cell.documents().stream().allMatch(id -> evidence.document(id).map(DocumentEvidence::document)
                .map(d -> d.metadata().source()).filter(s -> !s.corroborates()).isPresent());
    }

}
