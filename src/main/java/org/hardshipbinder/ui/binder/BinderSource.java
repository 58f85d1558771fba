package org.hardshipbinder.ui.binder;

import java.nio.file.Path;

/** The binder plan of a case and its export. Every method runs off the UI thread; refusals come back as sentences. */
public interface BinderSource {

    BinderState load(long caseId);

    /** Moves an exhibit to a place in a section; returns why not, or null. */
    String move(long caseId, long exhibitId, String sectionCode, int toIndex);

    String setIncluded(long caseId, long exhibitId, boolean included);

    void saveSettings(long caseId, String labelScheme, Integer maxMb);

    ExportResult export(long caseId, Path out, Integer maxMb);

    /** The case's open "must fix" findings, as sentences, to name before an export. */
    default java.util.List<String> mustFix(long caseId) {
        return java.util.List.of();
    }
}
