package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.SourceKind;

/**
 * Documents and their metadata. A document is an ordered list of pages ({@link PageRepository}) taken from originals
 * ({@link OriginalRepository}, bytes in {@link OriginalStore}).
 */
public final class DocumentRepository {

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A document's file name, type and checksum are its first page's original's (or, before it has pages, the original
     * it was imported from); its size is its pages' share of their originals' bytes; its page count, its pages'.
     */
    static final String SELECT = """
            SELECT d.*, coalesce(o.file_name, '') AS file_name, coalesce(o.media_type, 'PDF') AS media_type,
                   coalesce(o.sha256, '') AS sha256,
                   (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS page_count,
                   (SELECT CAST(round(coalesce(sum(po.size_bytes * 1.0 / max(po.page_count, 1)), 0)) AS INTEGER)
                      FROM pages p JOIN originals po ON po.id = p.original_id WHERE p.document_id = d.id) AS size_bytes
            FROM documents d
            LEFT JOIN originals o ON o.id = coalesce(
                (SELECT p.original_id FROM pages p WHERE p.document_id = d.id ORDER BY p.number LIMIT 1), d.imported_from)
            """;

    /** Stores a newly imported file's original and the document made of it (its pages come next). */
    public long insert(NewDocument doc, int pageCount) {
        return vault.write(c -> {
            Instant now = Instant.now(clock);
            long originalId = OriginalRepository.insert(c, doc, pageCount, now);
            long id = Jdbc.insert(c, "INSERT INTO documents(case_id, imported_from, created_at, status) VALUES (?,?,?,?)",
                    doc.caseId(), originalId, now.toString(), DocumentStatus.IMPORTED);
            audit.record(c, "document.import", "document", id, doc.fileName() + " (" + pageCount + " pages)");
            return id;
        });
    }

    /** The original a document was imported from; empty for documents made by splitting. */
    public Optional<Long> importedFrom(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT imported_from FROM documents WHERE id = ?",
                rs -> Jdbc.longOrNull(rs, "imported_from"), id));
    }

    public List<Document> listForCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, SELECT + " WHERE d.case_id = ? ORDER BY d.id", DocumentRepository::map, caseId));
    }

    public List<Document> listAll() {
        return vault.read(c -> Jdbc.query(c, SELECT + " ORDER BY d.id", DocumentRepository::map));
    }

    public Optional<Document> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, SELECT + " WHERE d.id = ?", DocumentRepository::map, id));
    }

    /** Moves a document along its status machine; an illegal move is a programming error. */
    public void moveTo(long id, DocumentStatus target, String reason) {
        vault.write(c -> {
            DocumentStatus current = Jdbc.queryOne(c, "SELECT status FROM documents WHERE id = ?",
                    rs -> DocumentStatus.valueOf(rs.getString(1)), id).orElseThrow(() -> new SQLException("no document " + id));
            if (current == target) {
                return null;
            }
            if (!current.canMoveTo(target)) {
                throw new IllegalStateException("document " + id + " cannot move from " + current + " to " + target);
            }
            Jdbc.update(c, "UPDATE documents SET status = ?, status_reason = ? WHERE id = ?", target, reason, id);
            audit.record(c, "document.status", "document", id, target + (reason == null ? "" : ": " + reason));
            return null;
        });
    }

    /** The language OCR detected; ignored once the user has chosen the document's language themselves. */
    public void setLanguage(long id, String language) {
        vault.write(c -> Jdbc.update(c, "UPDATE documents SET language = ? WHERE id = ? AND language_confirmed = 0",
                language, id));
    }

    public void updateMetadata(long id, DocumentMetadata m) {
        vault.write(c -> {
            Jdbc.update(c, """
                    UPDATE documents SET title=?, evidence_type=?, doc_date=?, date_approximate=?, source_kind=?,
                                         author=?, translation_of=?,
                                         language_confirmed = CASE WHEN ? IS NOT language THEN 1 ELSE language_confirmed END,
                                         language=? WHERE id=?""",
                    m.title(), m.evidenceType(), m.date(), m.dateApproximate(), m.source(), m.author(), m.translationOf(),
                    m.language(), m.language(), id);
            audit.record(c, "document.metadata", "document", id, null);
            return null;
        });
    }

    static Document map(ResultSet rs) throws SQLException {
        String date = rs.getString("doc_date");
        String source = rs.getString("source_kind");
        DocumentMetadata metadata = new DocumentMetadata(rs.getString("title"), rs.getString("evidence_type"),
                date == null ? null : LocalDate.parse(date), rs.getInt("date_approximate") != 0,
                source == null ? null : SourceKind.valueOf(source), rs.getString("author"), rs.getString("language"),
                Jdbc.longOrNull(rs, "translation_of"));
        return new Document(rs.getLong("id"), rs.getLong("case_id"), rs.getString("file_name"),
                MediaType.valueOf(rs.getString("media_type")), rs.getInt("page_count"), rs.getLong("size_bytes"),
                rs.getString("sha256"), DocumentStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                Instant.parse(rs.getString("created_at")), metadata);
    }
}
