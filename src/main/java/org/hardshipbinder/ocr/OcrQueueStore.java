package org.hardshipbinder.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The queue's state in the vault: which pages wait, and recording a page's result together with its status in one
 * transaction, so a crash at any moment leaves each page either queued or done, never half-stored.
 */
final class OcrQueueStore {

    private final Vault vault;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final PageTextRepository texts;
    private final PageImageRepository pageImages;

    OcrQueueStore(Vault vault, DocumentRepository documents, PageRepository pages, PageTextRepository texts,
                  PageImageRepository pageImages) {
        this.pageImages = pageImages;
        this.vault = vault;
        this.documents = documents;
        this.pages = pages;
        this.texts = texts;
    }

    /** Pages waiting for this request, in document order then page order; their documents are marked queued. */
    List<PendingPage> pending(OcrRequest request) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.*, o.media_type AS doc_media_type, o.file_name AS doc_file_name
                FROM pages p JOIN documents d ON d.id = p.document_id JOIN originals o ON o.id = p.original_id
                WHERE p.status = 'QUEUED'""");
        List<Object> params = new ArrayList<>();
        if (request.caseId() != null) {
            sql.append(" AND d.case_id = ?");
            params.add(request.caseId());
        }
        if (!request.documentIds().isEmpty()) {
            sql.append(" AND d.id IN (").append(String.join(",", request.documentIds().stream().map(id -> "?").toList()))
                    .append(')');
            params.addAll(request.documentIds());
        }
        sql.append(" ORDER BY d.id, p.number");
        List<PendingPage> pending = vault.read(c -> Jdbc.query(c, sql.toString(), rs -> new PendingPage(
                PageRepository.map(rs), MediaType.valueOf(rs.getString("doc_media_type")),
                rs.getString("doc_file_name")), params.toArray()));
        pending.stream().map(p -> p.page().documentId()).distinct().forEach(id -> documents.moveTo(id,
                DocumentStatus.OCR_QUEUED, null));
        finishStranded(request);
        return pending;
    }

    /** A document whose last page was stored just before a crash still says queued: settle it now. */
    private void finishStranded(OcrRequest request) {
        List<Long> stranded = vault.read(c -> Jdbc.query(c, """
                SELECT d.id FROM documents d WHERE d.status = 'OCR_QUEUED'
                AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id AND p.status = 'QUEUED')""",
                rs -> rs.getLong(1)));
        stranded.stream().filter(id -> request.documentIds().isEmpty() || request.documentIds().contains(id))
                .forEach(id -> vault.write(c -> {
                    finishDocument(id);
                    return null;
                }));
    }

    /**
     * Stores the page's text and the turn found upright, marks it done, and settles its document when it was the last
     * page waiting.
     */
    void done(PageText text, long documentId, Integer turn) {
        vault.write(c -> {
            texts.save(text);
            pageImages.setDetectedRotation(text.pageId(), turn);
            pages.setStatus(text.pageId(), PageStatus.DONE, null);
            finishIfComplete(documentId);
            return null;
        });
    }

    void failed(long pageId, long documentId, String reason) {
        vault.write(c -> {
            pages.setStatus(pageId, PageStatus.FAILED, reason);
            finishIfComplete(documentId);
            return null;
        });
    }

    private void finishIfComplete(long documentId) {
        long waiting = vault.read(c -> Jdbc.count(c,
                "SELECT count(*) FROM pages WHERE document_id = ? AND status = 'QUEUED'", documentId));
        if (waiting == 0) {
            finishDocument(documentId);
        }
    }

    private void finishDocument(long documentId) {
        Map<PageStatus, Long> counts = pages.listForDocument(documentId).stream()
                .collect(Collectors.groupingBy(p -> p.status(), LinkedHashMap::new, Collectors.counting()));
        long failed = counts.getOrDefault(PageStatus.FAILED, 0L);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        documents.setLanguage(documentId, majorityLanguage(documentId));
        if (failed > 0) {
            documents.moveTo(documentId, DocumentStatus.OCR_FAILED, failed + " of " + total + " pages could not be read");
        } else {
            documents.moveTo(documentId, DocumentStatus.OCR_DONE, null);
        }
    }

    /** The language most pages are in ("und" pages do not vote); "und" when no page has a known language. */
    String majorityLanguage(long documentId) {
        Map<String, Long> votes = texts.forDocument(documentId).stream().map(PageText::language)
                .filter(l -> l != null && !PageText.UNKNOWN_LANGUAGE.equals(l))
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        Optional<String> top = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return top.orElse(PageText.UNKNOWN_LANGUAGE);
    }
}
