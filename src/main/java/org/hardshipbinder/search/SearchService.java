package org.hardshipbinder.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** Full-text search over every page's text (SQLite FTS5, accents folded, bm25 ranking, marked snippets). */
public final class SearchService {

    public static final String MARK_START = "[";
    public static final String MARK_END = "]";
    static final int SNIPPET_TOKENS = 16;

    private final Vault vault;

    public SearchService(Vault vault) {
        this.vault = vault;
    }

    public List<SearchHit> search(SearchQuery query) {
        Optional<String> match = FtsQuery.from(query.text());
        if (match.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT page_text_fts.rowid AS page_id, bm25(page_text_fts) AS score, p.document_id, d.case_id,
                       o.file_name, p.number
                FROM page_text_fts
                JOIN pages p ON p.id = page_text_fts.rowid
                JOIN documents d ON d.id = p.document_id
                JOIN originals o ON o.id = p.original_id
                WHERE page_text_fts MATCH ?""");
        List<Object> params = new ArrayList<>(List.of(match.get()));
        filter(sql, params, query);
        sql.append(" ORDER BY score, p.document_id, p.number LIMIT ?");
        params.add(query.limit());
        return vault.read(c -> {
            List<SearchHit> ranked = Jdbc.query(c, sql.toString(), rs -> new SearchHit(rs.getLong("document_id"),
                    rs.getLong("case_id"), rs.getString("file_name"), rs.getLong("page_id"), rs.getInt("number"),
                    null, rs.getDouble("score")), params.toArray());
            return withSnippets(c, ranked, match.get());
        });
    }

    /** Snippets cost far more than ranking, so they are made for the pages shown only, not for every match. */
    private static List<SearchHit> withSnippets(Connection c, List<SearchHit> ranked, String match) throws SQLException {
        if (ranked.isEmpty()) {
            return ranked;
        }
        String ids = String.join(",", ranked.stream().map(h -> Long.toString(h.pageId())).toList());
        Map<Long, String> snippets = new HashMap<>();
        for (Map.Entry<Long, String> e : Jdbc.query(c, """
                SELECT rowid, snippet(page_text_fts, 0, ?, ?, '…', %d) FROM page_text_fts
                WHERE page_text_fts MATCH ? AND rowid IN (%s)""".formatted(SNIPPET_TOKENS, ids),
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), MARK_START, MARK_END, match)) {
            snippets.put(e.getKey(), e.getValue());
        }
        return ranked.stream().map(h -> new SearchHit(h.documentId(), h.caseId(), h.fileName(), h.pageId(),
                h.pageNumber(), snippets.getOrDefault(h.pageId(), ""), h.score())).toList();
    }

    private static void filter(StringBuilder sql, List<Object> params, SearchQuery q) {
        if (q.caseId() != null) {
            sql.append(" AND d.case_id = ?");
            params.add(q.caseId());
        }
        if (q.language() != null) {
            // Through the language index alone: reading page_text rows for every match would cost a page-text read
            // (a decryption, on an encrypted vault) per matching page.
            sql.append(" AND p.id IN (SELECT page_id FROM page_text WHERE language = ?)");
            params.add(q.language());
        }
        if (q.status() != null) {
            sql.append(" AND d.status = ?");
            params.add(q.status().name());
        }
        if (q.evidenceType() != null) {
            sql.append(" AND d.evidence_type = ?");
            params.add(q.evidenceType());
        }
        if (q.factor() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM tags g WHERE g.document_id = d.id AND g.factor = ?)");
            params.add(q.factor());
        }
    }
}
