package org.hardshipbinder.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.PageStatus;

/** Pages of documents (references into originals) and their OCR status. */
public final class PageRepository {

    private final Vault vault;

    public PageRepository(Vault vault) {
        this.vault = vault;
    }

    /** Adds the pages of a newly imported document: pages 1… of the original it was imported from, queued for OCR. */
    public void insertAll(long documentId, List<PageGeometry> pages) {
        vault.write(c -> {
            long originalId = Jdbc.queryOne(c, "SELECT imported_from FROM documents WHERE id = ?",
                    rs -> Jdbc.longOrNull(rs, "imported_from"), documentId)
                    .orElseThrow(() -> new SQLException("document " + documentId + " was not imported from a file"));
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO pages(document_id, number, original_id, original_page, width_pt, height_pt, rotation, status)
                    VALUES (?,?,?,?,?,?,?,?)""")) {
                int number = 1;
                for (PageGeometry g : pages) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, number);
                    ps.setLong(3, originalId);
                    ps.setInt(4, number++);
                    ps.setDouble(5, g.widthPt());
                    ps.setDouble(6, g.heightPt());
                    ps.setInt(7, g.rotation());
                    ps.setString(8, PageStatus.QUEUED.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<Page> listForDocument(long documentId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM pages WHERE document_id = ? ORDER BY number",
                PageRepository::map, documentId));
    }

    public Optional<Page> find(long pageId) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM pages WHERE id = ?", PageRepository::map, pageId));
    }

    public void setStatus(long pageId, PageStatus status, String reason) {
        vault.write(c -> Jdbc.update(c, "UPDATE pages SET status = ?, status_reason = ? WHERE id = ?", status, reason, pageId));
    }

    public long countForCase(long caseId, PageStatus status) {
        return vault.read(c -> Jdbc.count(c, """
                SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id
                WHERE d.case_id = ? AND p.status = ?""", caseId, status));
    }

    public static Page map(ResultSet rs) throws SQLException {
        int turn = rs.getInt("turn");
        Integer userTurn = rs.wasNull() ? null : turn;
        return new Page(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("number"), rs.getLong("original_id"),
                rs.getInt("original_page"), rs.getDouble("width_pt"), rs.getDouble("height_pt"), rs.getInt("rotation"),
                userTurn, PageStatus.valueOf(rs.getString("status")), rs.getString("status_reason"));
    }
}
