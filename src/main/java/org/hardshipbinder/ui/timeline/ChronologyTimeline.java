package org.hardshipbinder.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.hardshipbinder.chronology.Chronology;
import org.hardshipbinder.chronology.ChronologyPdf;
import org.hardshipbinder.chronology.ChronologyService;
import org.hardshipbinder.chronology.ChronologyText;

/** The timeline over the chronology service; the PDF in the interface language. */
public final class ChronologyTimeline implements TimelineSource {

    private final ChronologyService chronology;
    private final ChronologyText text;
    private final Clock clock;

    public ChronologyTimeline(ChronologyService chronology, ChronologyText text, Clock clock) {
        this.chronology = chronology;
        this.text = text;
        this.clock = clock;
    }

    @Override
    public Chronology chronology(long caseId) {
        return chronology.forCase(caseId).orElseThrow(() -> new IllegalStateException(text.get("chronology.cli.noCase", caseId)));
    }

    @Override
    public int savePdf(Chronology shown, Path file) throws IOException {
        return new ChronologyPdf(text).write(shown, LocalDate.now(clock), file);
    }
}
