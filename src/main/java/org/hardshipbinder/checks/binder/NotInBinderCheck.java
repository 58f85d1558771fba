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
 * Documents left out of the binder. Leaving one out is the user's choice (a duplicate, a draft), so it is only a
 * note, unless the document is tagged as evidence of a factor: then the argument it supports loses it.
 */
public final class NotInBinderCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (!evidence.binder().excludedDocuments().contains(d.id())) {
                continue;
            }
            boolean evidenceOfFactor = evidence.tags().stream().anyMatch(t -> t.documentId() == d.id());
            findings.add(Findings.of(evidenceOfFactor ? Severity.WARNING : Severity.INFO, "NOT_IN_BINDER")
                    .message(evidenceOfFactor ? "checks.notInBinder.tagged" : "checks.notInBinder", d.title())
                    .fix("checks.notInBinder.fix", d.id()).document(d).build());
        }
        return findings;
    }
}
