package org.hardshipbinder.factors;

import java.util.List;
import org.hardshipbinder.model.Scenario;

/** Every factor of the case under one scenario (separation, relocation; both for parole and 212(d)(3)(A)). */
public record ScenarioCoverage(Scenario scenario, List<FactorCoverage> factors, CoverageTotals total) {

    public ScenarioCoverage {
        factors = List.copyOf(factors);
    }
}
