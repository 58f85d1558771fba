package org.hardshipbinder.factors;

import java.util.List;

/** One qualifying relative (or, with a null person, the case as a whole) across its scenarios. */
public record SubjectCoverage(Long personId, String name, List<ScenarioCoverage> scenarios, CoverageTotals total) {

    public SubjectCoverage {
        scenarios = List.copyOf(scenarios);
    }
}
