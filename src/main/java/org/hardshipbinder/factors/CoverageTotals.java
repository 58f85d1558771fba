package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.List;

/**
 * Hardship is cumulative: the whole picture at one level (a scenario, a qualifying relative, the case). Documents
 * are counted once however many factors they support; {@code factorsCovered} counts factor × scenario cells with
 * evidence, {@code claimedWithoutEvidence} the claimed cells with none.
 */
public record CoverageTotals(int documents, int corroborating, int factorsCovered, int claimedWithoutEvidence,
                             LocalDate newest, List<String> significant) {

    public CoverageTotals {
        significant = List.copyOf(significant);
    }
}
