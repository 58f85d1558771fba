package org.hardshipbinder.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.wiring.Services;

/** The timeline from the documents' own dates, plus the dated facts the checks found (when they are available). */
public final class DocumentDates implements TimelineSource {

    private final Services services;
    private final LongFunction<List<TimelineEntry>> facts;

    public DocumentDates(Services services, LongFunction<List<TimelineEntry>> facts) {
        this.services = services;
        this.facts = facts;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Document d : services.documents().listForCase(caseId)) {
            entries.add(new TimelineEntry(d.metadata().date(), d.metadata().dateApproximate(), d.displayTitle(), d.id(), 1, false));
        }
        entries.addAll(facts.apply(caseId));
        return entries;
    }
}
