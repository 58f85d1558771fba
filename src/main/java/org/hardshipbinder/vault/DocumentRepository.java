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

/** Documents and their metadata. Original bytes are in {@link OriginalStore}, pages in {@link PageRepository}. */
public final class DocumentRepository {

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public DocumentRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public long insert(NewDocument doc, int pageCount) {
        return vault.write(c -> {
            long id = Jdbc.insert(c, """
                    INSERT INTO documents(case_id, file_name, media_type, page_count, size_bytes, sha256, status,
                                          imported_at, open_password)
                    VALUES (?,?,?,?,?,?,?,?,?)""",
                    doc.caseId(), doc.fileName(), doc.mediaType(), pageCount, doc.sizeBytes(), doc.sha256(),
                    DocumentStatus.IMPORTED, Instant.now(clock).toString(), doc.openPassword());
            audit.record(c, "document.import", "document", id, doc.fileName() + " (" + pageCount + " pages)");
            return id;
        });
    }

    public List<Document> listForCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM documents WHERE case_id = ? ORDER BY id", DocumentRepository::map, caseId));
    }

    public List<Document> listAll() {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM documents ORDER BY id", DocumentRepository::map));
    }

    public Optional<Document> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM documents WHERE id = ?", DocumentRepository::map, id));
    }

    public Optional<Document> findBySha256(long caseId, String sha256) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM documents WHERE case_id = ? AND sha256 = ?",
                DocumentRepository::map, caseId, sha256));
    }

    /** The user password a protected PDF was imported with, if any; needed to read it again. */
    public Optional<String> openPassword(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT open_password FROM documents WHERE id = ?", rs -> rs.getString(1), id));
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
                Instant.parse(rs.getString("imported_at")), metadata);
    }
}
