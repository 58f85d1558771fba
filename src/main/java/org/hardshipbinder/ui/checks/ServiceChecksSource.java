package org.hardshipbinder.ui.checks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hardshipbinder.checks.CheckReport;
import org.hardshipbinder.checks.FindingFormatter;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.checks.CheckService;
import org.hardshipbinder.vault.DocumentRepository;

/** The checks screen over the check service; findings are turned into sentences in the interface language. */
public final class ServiceChecksSource implements ChecksSource {

    private final CheckService checks;
    private final DocumentRepository documents;
    private static final String WINDOW_PREFIX = "desktop.";
    private final FindingFormatter formatter;
    private final Messages messages;

    public ServiceChecksSource(CheckService checks, DocumentRepository documents, Messages messages) {
        this.checks = checks;
        this.documents = documents;
        this.messages = messages;
        this.formatter = new FindingFormatter(messages);
    }

    @Override
    public List<FindingRow> run(long caseId) {
        return report(caseId).findings().stream().map(this::row).toList();
    }

    private CheckReport report(long caseId) {
        return checks.run(caseId, CheckSettings.defaults()).orElse(new CheckReport(List.of(), List.of()));
    }

    private FindingRow row(Finding f) {
        Long document = !f.pages().isEmpty() ? Long.valueOf(f.pages().get(0).documentId())
                : f.span() != null ? Long.valueOf(f.span().documentId())
                : f.documents().isEmpty() ? null : f.documents().get(0);
        int page = !f.pages().isEmpty() ? f.pages().get(0).page() : f.span() != null ? f.span().page() : 1;
        return new FindingRow(f.severity().name().toLowerCase(Locale.ROOT), f.code(), formatter.format(f.message()),
                f.fix() == null ? "" : formatter.format(inWindowWords(f.fix())), f.documents(), document, page,
                f.people().isEmpty() ? null : f.people().get(0), f.span() == null ? null : f.span().text());
    }

    /**
     * The advice as the window gives it: where the bundles have a "desktop." version of a finding's advice (one that
     * names the button to press instead of a command to type), that one.
     */
    private UserMessage inWindowWords(UserMessage fix) {
        String windowKey = WINDOW_PREFIX + fix.key();
        return messages.has(windowKey) ? new UserMessage(windowKey, fix.args()) : fix;
    }

    /** How many findings point at each document of the case (the documents screen's badges). */
    public Map<Long, Integer> perDocument(long caseId) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Finding f : report(caseId).findings()) {
            f.documents().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** The sentences of the open "must fix" findings (errors). */
    public List<String> mustFix(long caseId) {
        return report(caseId).findings().stream().filter(f -> f.severity() == org.hardshipbinder.model.Severity.ERROR)
                .map(f -> formatter.format(f.message())).toList();
    }

    /** Findings counted by severity ("error", "warning", "info") for the overview. */
    public Map<String, Integer> bySeverity(long caseId) {
        Map<String, Integer> counts = new HashMap<>();
        report(caseId).findings().forEach(f -> counts.merge(f.severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        return counts;
    }

    @Override
    public List<Document> documents(long caseId) {
        return documents.listForCase(caseId);
    }

    @Override
    public void dismiss(long caseId, FindingRow finding, String reason) {
        checks.dismiss(caseId, finding.code(), finding.documentId(), finding.personId(), reason, CheckSettings.defaults());
    }

    @Override
    public void linkTranslation(long translationId, long originalId) {
        Document translation = documents.find(translationId).orElseThrow();
        Document.DocumentMetadata m = translation.metadata();
        documents.updateMetadata(translationId, new Document.DocumentMetadata(m.title(), m.evidenceType(),
                m.date(), m.dateApproximate(), m.source(), m.author(), m.language() == null ? "en" : m.language(), originalId));
    }

    @Override
    public void setDate(long documentId, LocalDate date) {
        Document document = documents.find(documentId).orElseThrow();
        Document.DocumentMetadata m = document.metadata();
        documents.updateMetadata(documentId, new Document.DocumentMetadata(m.title(), m.evidenceType(), date,
                false, m.source(), m.author(), m.language(), m.translationOf()));
    }
}
