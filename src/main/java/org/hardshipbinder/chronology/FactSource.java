package org.hardshipbinder.chronology;

import java.util.List;
import java.util.function.LongFunction;
import org.hardshipbinder.model.Fact;

/**
 * Where the chronology gets its facts: the one entry point into fact extraction, so the extractors can change
 * without the chronology knowing. Facts of every kind may come back; the chronology keeps the dated ones.
 */
public interface FactSource {

    /** Every fact of a case, the case profile's included. */
    List<Fact> caseFacts(long caseId);

    /** The facts read from one document. */
    List<Fact> documentFacts(long documentId);

    static FactSource of(LongFunction<List<Fact>> caseFacts, LongFunction<List<Fact>> documentFacts) {
        return new FactSource() {
            @Override
            public List<Fact> caseFacts(long caseId) {
                return caseFacts.apply(caseId);
            }

            @Override
            public List<Fact> documentFacts(long documentId) {
                return documentFacts.apply(documentId);
            }
        };
    }
}
