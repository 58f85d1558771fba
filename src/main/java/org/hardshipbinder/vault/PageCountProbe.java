package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Every document has exactly the pages it says it has: a half-imported document would fail here. */
final class PageCountProbe implements IntegrityProbe {

    @Override
    public String name() {
        return "pages";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        return Jdbc.query(c, """
                SELECT d.id, d.file_name, d.page_count, (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS stored
                FROM documents d WHERE d.page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.id)""",
                rs -> new Problem(name(), rs.getLong("id"), "document " + rs.getLong("id") + " (" + rs.getString("file_name")
                        + ") claims " + rs.getInt("page_count") + " pages but has " + rs.getInt("stored")));
    }
}
