package org.hardshipbinder.ui;

import java.util.List;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import org.hardshipbinder.ui.document.Suggestion;
import org.hardshipbinder.ui.documents.TextRecognition;
import org.hardshipbinder.ui.search.PageTextSearch;
import org.hardshipbinder.ui.search.SearchService;
import org.hardshipbinder.ui.timeline.TimelineEntry;
import org.hardshipbinder.wiring.Services;

/**
 * The feature services the screens call, adapted from the composition root. Each is one line here, so wiring a new
 * capability into its screen does not touch the screen. Where a feature is absent from this build, its entry says so
 * (no recognition: imported pages wait; no suggester: no suggestions) rather than inventing results.
 */
record Capabilities(TextRecognition recognition, ToIntFunction<Long> findingsPerDocument, SearchService search,
                    LongFunction<List<Suggestion>> suggestions, LongFunction<List<String>> facts,
                    List<String> factorCodes, LongFunction<List<TimelineEntry>> datedFacts) {

    /** The design's factor codes (design §4), used until the factor catalog provides its own list. */
    static final List<String> DESIGN_FACTORS = List.of("medical", "psychological", "financial", "education",
            "family_ties", "country_conditions", "social_cultural", "relationship_proof");

    static Capabilities from(Services services) {
        return new Capabilities(null, documentId -> 0, new PageTextSearch(services), documentId -> List.of(),
                documentId -> List.of(), DESIGN_FACTORS, caseId -> List.of());
    }
}
