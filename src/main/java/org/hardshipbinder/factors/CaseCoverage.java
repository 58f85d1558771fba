package org.hardshipbinder.factors;

import java.util.List;
import org.hardshipbinder.model.CaseKind;

/**
 * What the evidence of a case covers, per qualifying relative × scenario × factor, with totals per relative and for
 * the case; {@code profile} carries the qualifying-relative findings, since coverage means little without a valid one.
 */
public record CaseCoverage(long caseId, CaseKind kind, FactorSet set, List<String> factorOrder,
                           List<SubjectCoverage> subjects, CoverageTotals total, List<ProfileFinding> profile) {

    public CaseCoverage {
        factorOrder = List.copyOf(factorOrder);
        subjects = List.copyOf(subjects);
        profile = List.copyOf(profile);
    }
}
