package org.hardshipbinder.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.checks.facts.DocumentFacts;
import org.hardshipbinder.model.Finding;

/**
 * Runs every check on a case and sets aside the findings the user dismissed, as long as the evidence they rest on
 * is unchanged. Dismissing records the finding's fingerprint and the user's reason.
 */
public final class CheckService {

    private final CaseEvidenceLoader loader;
    private final List<Check> checks;
    private final Dismissals dismissals;

    public CheckService(CaseEvidenceLoader loader, List<Check> checks, Dismissals dismissals) {
        this.loader = loader;
        this.checks = List.copyOf(checks);
        this.dismissals = dismissals;
    }

    /** The report for a case; empty when there is no such case. */
    public Optional<CheckReport> run(long caseId, CheckSettings settings) {
        return loader.load(caseId, settings).map(evidence -> {
            List<Finding> all = runAll(evidence);
            Map<String, String> dismissed = dismissals.forCase(caseId).stream()
                    .collect(Collectors.toMap(d -> d.code() + "#" + d.subject(), Dismissals.Dismissal::fingerprint));
            List<Finding> open = new ArrayList<>();
            List<Finding> setAside = new ArrayList<>();
            for (Finding f : all) {
                String fingerprint = dismissed.get(f.code() + "#" + FindingSubject.of(f));
                if (fingerprint != null && fingerprint.equals(EvidenceFingerprint.of(f, evidence))) {
                    setAside.add(f);
                } else {
                    open.add(f);
                }
            }
            return new CheckReport(open, setAside);
        });
    }

    /** The facts read from one document (dates, ages, numbers, incomes, names), each with its page and text span. */
    public Optional<DocumentFacts> documentFacts(long documentId) {
        return loader.documentFacts(documentId);
    }

    /**
     * Dismisses the findings with {@code code} that concern {@code documentId} (and/or {@code personId}; either may be
     * null, and with both null every finding with the code that names no document or person). Returns how many.
     */
    public int dismiss(long caseId, String code, Long documentId, Long personId, String reason, CheckSettings settings) {
        Optional<CaseEvidence> evidence = loader.load(caseId, settings);
        if (evidence.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (Finding f : runAll(evidence.get())) {
            boolean codeMatches = f.code().equalsIgnoreCase(code);
            boolean docMatches = documentId == null ? personId != null || f.documents().isEmpty() : f.documents().contains(documentId);
            boolean personMatches = personId == null ? documentId != null || f.people().isEmpty() : f.people().contains(personId);
            if (codeMatches && docMatches && personMatches) {
                dismissals.save(caseId, f.code(), FindingSubject.of(f), EvidenceFingerprint.of(f, evidence.get()), reason);
                count++;
            }
        }
        return count;
    }

    /**
     * The dismissals that set a finding aside now (the evidence unchanged since), as "code#subject". A case export
     * carries these so the import can renew their fingerprints, which name the case's ids.
     */
    public java.util.Set<String> dismissalsInEffect(long caseId, CheckSettings settings) {
        if (dismissals.forCase(caseId).isEmpty()) {
            return java.util.Set.of();
        }
        return run(caseId, settings).map(r -> r.dismissed().stream().map(f -> f.code() + "#" + FindingSubject.of(f))
                .collect(Collectors.toSet())).orElse(java.util.Set.of());
    }

    /** Gives the dismissals named ("code#subject") the fingerprint their finding has now in this case. */
    public void renewDismissals(long caseId, java.util.Set<String> inEffect, CheckSettings settings) {
        if (inEffect.isEmpty()) {
            return;
        }
        loader.load(caseId, settings).ifPresent(evidence -> {
            for (Finding f : runAll(evidence)) {
                String subject = FindingSubject.of(f);
                if (inEffect.contains(f.code() + "#" + subject)) {
                    dismissals.renew(caseId, f.code(), subject, EvidenceFingerprint.of(f, evidence));
                }
            }
        });
    }

    private List<Finding> runAll(CaseEvidence evidence) {
        List<Finding> all = new ArrayList<>();
        for (Check check : checks) {
            all.addAll(check.run(evidence));
        }
        all.sort(Comparator.comparing(Finding::severity));
        return all;
    }
}
