package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence for one factor, for one qualifying relative under one scenario: the documents, how many of them come
 * from official or third-party sources, the newest date, the recommended kinds of evidence still missing, and the
 * particularly significant circumstances those documents show. {@code claimed}: the case argues this factor.
 */
public record FactorCoverage(String factor, boolean claimed, List<Long> documents, int corroborating, LocalDate newest,
                             List<String> missingEvidence, List<String> significant) {

    public FactorCoverage {
        documents = List.copyOf(documents);
        missingEvidence = List.copyOf(missingEvidence);
        significant = List.copyOf(significant);
    }

    public int documentCount() {
        return documents.size();
    }

    public boolean hasEvidence() {
        return !documents.isEmpty();
    }
}
