package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Every page points at a page its original has: a half-imported original or a broken edit would fail here. */
final class PageCountProbe implements IntegrityProbe {

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        return Jdbc.query(c, """
                SELECT p.document_id, p.id, p.original_page, o.file_name, o.page_count
                FROM pages p JOIN originals o ON o.id = p.original_id
                WHERE p.original_page < 1 OR p.original_page > o.page_count""",
                rs -> new Problem(name(), rs.getLong("document_id"), "document " + rs.getLong("document_id") + " page "
                        + rs.getLong("id") + " shows page " + rs.getInt("original_page") + " of " + rs.getString("file_name")
                        + ", which has " + rs.getInt("page_count") + " pages"));
    }
}
