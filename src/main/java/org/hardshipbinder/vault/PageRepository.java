package org.hardshipbinder.vault;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.PageStatus;

/** Pages of documents and their OCR status. */
public final class PageRepository {

    private final Vault vault;

    public PageRepository(Vault vault) {
        this.vault = vault;
    }

    /** Adds the pages of a new document, numbered from 1, each queued for OCR. */
    public void insertAll(long documentId, List<PageGeometry> pages) {
        vault.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO pages(document_id, number, width_pt, height_pt, rotation, status) VALUES (?,?,?,?,?,?)")) {
                int number = 1;
                for (PageGeometry g : pages) {
                    ps.setLong(1, documentId);
                    ps.setInt(2, number++);
                    ps.setDouble(3, g.widthPt());
                    ps.setDouble(4, g.heightPt());
                    ps.setInt(5, g.rotation());
                    ps.setString(6, PageStatus.QUEUED.name());
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

    public void setStatus(long pageId, PageStatus status, String reason) {
        vault.write(c -> Jdbc.update(c, "UPDATE pages SET status = ?, status_reason = ? WHERE id = ?", status, reason, pageId));
    }

    public long countForCase(long caseId, PageStatus status) {
        return vault.read(c -> Jdbc.count(c, """
                SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id
                WHERE d.case_id = ? AND p.status = ?""", caseId, status));
    }

    static Page map(ResultSet rs) throws SQLException {
        return new Page(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("number"), rs.getDouble("width_pt"),
                rs.getDouble("height_pt"), rs.getInt("rotation"), PageStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"));
    }
}
