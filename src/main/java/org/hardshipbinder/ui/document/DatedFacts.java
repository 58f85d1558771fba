package org.hardshipbinder.ui.document;

import java.util.List;
import java.util.function.LongFunction;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.ChronologyService;
import org.hardshipbinder.chronology.ChronologyText;

/** The dated facts read from one document, one line each for the document screen's "facts found". */
public final class DatedFacts implements LongFunction<List<String>> {

    private final ChronologyService chronology;
    private final ChronologyText text;

    public DatedFacts(ChronologyService chronology, ChronologyText text) {
        this.chronology = chronology;
        this.text = text;
    }

    @Override
    public List<String> apply(long documentId) {
        return chronology.forDocument(documentId).stream().map(this::line).toList();
    }

    private String line(ChronologyEvent e) {
        Object page = e.page() == null ? 1 : e.page();
        return "📅 " + (e.person() == null
                ? text.get("ui.document.factNoPerson", text.kind(e.kind()), text.date(e), page)
                : text.get("ui.document.fact", text.kind(e.kind()), text.date(e), e.person(), page));
    }
}
