package org.hardshipbinder.ui.desktop;

import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.hardshipbinder.chronology.ChronologyText;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.ui.checks.ServiceChecksSource;
import org.hardshipbinder.ui.documents.TextRecognition;
import org.hardshipbinder.ui.documents.OcrTextRecognition;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.search.FullTextSearch;
import org.hardshipbinder.ui.search.SearchService;
import org.hardshipbinder.ui.document.DatedFacts;
import org.hardshipbinder.ui.timeline.ChronologyTimeline;
import org.hardshipbinder.ui.timeline.TimelineSource;
import org.hardshipbinder.wiring.Services;

/**
 * The feature services the screens call, adapted from the composition root. Each is one line here, so wiring a new
 * capability into its screen does not touch the screen. Where a feature is absent from this build, its entry says so
 * (no recognition: imported pages wait; no suggester: no suggestions) rather than inventing results.
 */
record Capabilities(TextRecognition recognition, LongFunction<Map<Long, Integer>> findingsPerDocument, SearchService search,
                    LongFunction<List<String>> facts, TimelineSource timeline,
                    LongFunction<Map<String, Integer>> findingsBySeverity, ServiceChecksSource checks) {

    static Capabilities from(Services services, Messages messages, AppPreferences preferences) {
        ChronologyText words = new ChronologyText(messages);
        ServiceChecksSource checks = new ServiceChecksSource(services.checks(), services.documents(), messages);
        return new Capabilities(new OcrTextRecognition(services::ocr, preferences::ocrLanguages), checks::perDocument,
                new FullTextSearch(services.documents(), services.search()),
                new DatedFacts(services.chronology(), words),
                new ChronologyTimeline(services.chronology(), words, services.clock()), checks::bySeverity, checks);
    }
}
