package org.hardshipbinder.ui.timeline;

import java.util.List;

/** The dated documents and facts of a case. Runs off the UI thread. */
@FunctionalInterface
public interface TimelineSource {

    List<TimelineEntry> entries(long caseId);
}
