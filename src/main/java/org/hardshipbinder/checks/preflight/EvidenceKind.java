package org.hardshipbinder.checks.preflight;

import java.util.Optional;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.DocumentEvidence;

/** Whether a document is medical or financial evidence: by its factor tags, else by its evidence type. */
enum EvidenceKind {
    MEDICAL(Pattern.compile("medical|psycholog|physician|doctor|diagnos|prescription|therapy|hospital|clinic|health|disab")),
    FINANCIAL(Pattern.compile("financ|tax|w-?2|pay|bank|income|salary|wage|mortgage|lease|bill|debt|1099|employ"));

    private final Pattern typeWords;

    EvidenceKind(Pattern typeWords) {
        this.typeWords = typeWords;
    }

    static Optional<EvidenceKind> of(CaseEvidence evidence, DocumentEvidence d) {
        for (var tag : evidence.tags()) {
            if (tag.documentId() == d.id()) {
                if (tag.factor().equals("medical") || tag.factor().equals("psychological")) {
                    return Optional.of(MEDICAL);
                }
                if (tag.factor().equals("financial")) {
                    return Optional.of(FINANCIAL);
                }
            }
        }
        for (EvidenceKind kind : values()) {
            if (!d.evidenceType().isEmpty() && kind.typeWords.matcher(d.evidenceType()).find()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    int maxAgeMonths(CaseEvidence evidence) {
        return this == MEDICAL ? evidence.settings().medicalMaxAgeMonths() : evidence.settings().financialMaxAgeMonths();
    }
}
