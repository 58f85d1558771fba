package org.hardshipbinder.ui.overview;

/** Loads the overview of a case. Runs off the UI thread. */
@FunctionalInterface
public interface OverviewSource {

    OverviewData load(long caseId);
}
