package org.hardshipbinder.ui.timeline;

import java.io.IOException;
import java.nio.file.Path;
import org.hardshipbinder.chronology.Chronology;

/** The case's chronology, and its printable PDF. Both run off the UI thread. */
public interface TimelineSource {

    /** The chronology of a case (an empty one when the case is gone). */
    Chronology chronology(long caseId);

    /** Writes the chronology as a printable PDF; returns its number of pages. */
    int savePdf(Chronology chronology, Path file) throws IOException;
}
