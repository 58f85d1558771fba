package org.hardshipbinder.checks;

import java.util.List;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/** The findings of one run of the checks, and those the user dismissed (still there, but set aside with a reason). */
public record CheckReport(List<Finding> findings, List<Finding> dismissed) {

    public CheckReport {
        findings = List.copyOf(findings);
        dismissed = List.copyOf(dismissed);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
