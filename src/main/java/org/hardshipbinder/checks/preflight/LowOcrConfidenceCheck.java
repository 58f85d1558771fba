package org.hardshipbinder.checks.preflight;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * Pages that OCR could barely read: the officer may not read them either. Suggests a new scan. Pages in a script no
 * installed model reads are left to {@link ModelMissingCheck}: a new scan would not help them.
 */
public final class LowOcrConfidenceCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        double threshold = evidence.settings().lowConfidence();
        for (DocumentEvidence d : evidence.documents()) {
            List<PageContent> low = d.texts().stream()
                    .filter(t -> t.confidence() != null && t.confidence() < threshold && !t.text().isBlank() && !t.numbersOnly())
                    .toList();
            if (low.isEmpty()) {
                continue;
            }
            Findings f = Findings.of(Severity.WARNING, "LOW_OCR_CONFIDENCE")
                    .message("checks.lowOcrConfidence", d.title(),
                            String.join(", ", low.stream().map(t -> Integer.toString(t.number())).toList()))
                    .fix("checks.lowOcrConfidence.fix");
            low.forEach(t -> f.page(d.id(), t.number()));
            findings.add(f.build());
        }
        return findings;
    }
}
