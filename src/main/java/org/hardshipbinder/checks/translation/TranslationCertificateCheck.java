package org.hardshipbinder.checks.translation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.core.LanguageName;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * The translation of each foreign document must carry the translator's certificate: complete and accurate, competent
 * to translate into English, name, signature, date (and address). The translations linked to one original are read
 * together, so a certificate kept as its own document counts. Each missing element is named.
 */
public final class TranslationCertificateCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence original : evidence.documents()) {
            List<DocumentEvidence> translations = evidence.translationsOf(original.id()).stream()
                    .filter(t -> !t.foreign() && t.hasText()).toList();
            if (translations.isEmpty()) {
                continue;
            }
            CertificateReading reading = translations.stream().map(t -> CertificateReader.read(t.fullText()))
                    .reduce(CertificateReading::merge).orElseThrow();
            Set<CertificateElement> missing = reading.missing();
            if (missing.isEmpty()) {
                continue;
            }
            Severity severity = missing.stream().map(CertificateElement::weight).min(Comparator.naturalOrder()).orElseThrow();
            List<UserMessage> names = missing.stream().map(e -> UserMessage.of(e.messageKey())).toList();
            DocumentEvidence translation = translations.get(0);
            Findings f = Findings.of(severity, "TRANSLATION_CERT_INCOMPLETE")
                    .message(reading.found() ? "checks.certificateIncomplete" : "checks.certificateMissing",
                            translation.title(), original.title(), names)
                    .fix("checks.certificateIncomplete.fix", new LanguageName(original.language()));
            translations.forEach(t -> lastPage(f, t));
            findings.add(f.document(original.id()).build());
        }
        return findings;
    }

    /** Certificates sit at the end of a translation; point there. */
    private static void lastPage(Findings f, DocumentEvidence t) {
        List<Integer> pages = t.pageNumbers();
        if (pages.isEmpty()) {
            f.document(t.id());
        } else {
            f.page(t.id(), pages.get(pages.size() - 1));
        }
    }
}
