package org.hardshipbinder.ui.checks;

import java.time.LocalDate;
import java.util.List;
import org.hardshipbinder.model.Document;

/** Runs the checks and applies the fixes the checks screen offers. Every method runs off the UI thread. */
public interface ChecksSource {

    List<FindingRow> run(long caseId);

    List<Document> documents(long caseId);

    /** Sets the finding aside with the user's reason; it comes back if the evidence changes. */
    void dismiss(long caseId, FindingRow finding, String reason);

    void linkTranslation(long translationId, long originalId);

    void setDate(long documentId, LocalDate date);
}
