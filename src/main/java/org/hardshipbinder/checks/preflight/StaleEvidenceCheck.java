package org.hardshipbinder.checks.preflight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * Medical and financial evidence must show the situation now. When even the newest dated medical (or financial)
 * document of a person is older than the configured age, the officer sees only old news. Older records next to a
 * recent one are history, and fine.
 */
public final class StaleEvidenceCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        Map<String, List<DocumentEvidence>> groups = new LinkedHashMap<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (d.isTranslation() || d.date() == null) {
                continue;
            }
            Optional<EvidenceKind> kind = EvidenceKind.of(evidence, d);
            kind.ifPresent(k -> groups.computeIfAbsent(k.name() + "/" + person(evidence, d), g -> new ArrayList<>()).add(d));
        }
        List<Finding> findings = new ArrayList<>();
        groups.forEach((key, docs) -> {
            EvidenceKind kind = EvidenceKind.valueOf(key.substring(0, key.indexOf('/')));
            LocalDate oldestAllowed = evidence.today().minusMonths(kind.maxAgeMonths(evidence));
            DocumentEvidence newest = docs.stream().max(Comparator.comparing(DocumentEvidence::date)).orElseThrow();
            if (newest.date().isBefore(oldestAllowed)) {
                Findings f = Findings.of(Severity.WARNING, "STALE_EVIDENCE")
                        .message("checks.staleEvidence", UserMessage.of("checks.kind." + kind.name().toLowerCase(Locale.ROOT)),
                                newest.title(), newest.date().toString(), kind.maxAgeMonths(evidence))
                        .fix("checks.staleEvidence.fix");
                f.document(newest);
                docs.stream().filter(d -> d != newest).forEach(f::document);
                findings.add(f.build());
            }
        });
        return findings;
    }

    /** The person the document is tagged for; untagged documents form the case's own group. */
    private static String person(CaseEvidence evidence, DocumentEvidence d) {
        return evidence.tags().stream().filter(t -> t.documentId() == d.id() && t.personId() != null)
                .map(t -> Long.toString(t.personId())).findFirst().orElse("case");
    }
}
