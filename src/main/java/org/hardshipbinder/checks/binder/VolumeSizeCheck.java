package org.hardshipbinder.checks.binder;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * Online filing takes PDF files only up to a size limit. Without a volume limit set, a binder whose documents
 * together exceed the usual limit will be refused; with one set, a single document larger than it has to be cut
 * across volumes.
 */
public final class VolumeSizeCheck implements Check {

    private static final long MB = 1024L * 1024;
    /** What each page adds to the binder besides its share of the original (stamp, text layer), and the front matter. */
    private static final long PAGE_OVERHEAD = 12 * 1024;
    private static final long FRONT_MATTER = 160 * 1024;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<DocumentEvidence> included = evidence.documents().stream()
                .filter(d -> !evidence.binder().excludedDocuments().contains(d.id())).toList();
        List<Finding> findings = new ArrayList<>();
        Integer maxMb = evidence.binder().maxMb();
        if (maxMb == null) {
            long estimate = FRONT_MATTER + included.stream()
                    .mapToLong(d -> d.document().sizeBytes() + d.document().pageCount() * PAGE_OVERHEAD).sum();
            int limit = evidence.settings().uploadLimitMb();
            if (estimate > limit * MB) {
                findings.add(Findings.of(Severity.WARNING, "VOLUME_TOO_LARGE")
                        .message("checks.volumeTooLarge.binder", (estimate + MB - 1) / MB, limit)
                        .fix("checks.volumeTooLarge.fixSplit", evidence.theCase().id(), limit).build());
            }
            return findings;
        }
        for (DocumentEvidence d : included) {
            if (d.document().sizeBytes() > maxMb * MB) {
                findings.add(Findings.of(Severity.WARNING, "VOLUME_TOO_LARGE")
                        .message("checks.volumeTooLarge.document", d.title(), (d.document().sizeBytes() + MB - 1) / MB, maxMb)
                        .fix("checks.volumeTooLarge.fixDocument").document(d).build());
            }
        }
        return findings;
    }
}
