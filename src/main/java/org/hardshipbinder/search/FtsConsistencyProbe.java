package org.hardshipbinder.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hardshipbinder.vault.IntegrityProbe;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/**
 * The search index covers exactly the stored page text: a page missing from it could never be found, an entry
 * without text would point nowhere. Reads only the index's own bookkeeping, so it runs on a read-only vault.
 */
public final class FtsConsistencyProbe implements IntegrityProbe {

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public List<Problem> run(Connection c, Vault vault) throws SQLException {
        List<Problem> problems = new java.util.ArrayList<>(Jdbc.query(c, """
                SELECT p.document_id, t.page_id, p.number FROM page_text t JOIN pages p ON p.id = t.page_id
                WHERE NOT EXISTS (SELECT 1 FROM page_text_fts_docsize s WHERE s.id = t.page_id)""",
                rs -> new Problem(name(), rs.getLong(1), "page " + rs.getInt(3) + " of document " + rs.getLong(1)
                        + " is missing from the search index")));
        long orphans = Jdbc.count(c, """
                SELECT count(*) FROM page_text_fts_docsize s
                WHERE NOT EXISTS (SELECT 1 FROM page_text t WHERE t.page_id = s.id)""");
        if (orphans > 0) {
            problems.add(new Problem(name(), null, orphans + " search index entries belong to no page text"));
        }
        return problems;
    }
}
