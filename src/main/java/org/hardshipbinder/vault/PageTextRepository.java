package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;

/** The text of pages, with word boxes kept as JSON beside it. */
public final class PageTextRepository {

    private final Vault vault;

    public PageTextRepository(Vault vault) {
        this.vault = vault;
    }

    /** Stores (or replaces) a page's text. */
    public void save(PageText text) {
        vault.write(c -> Jdbc.update(c, """
                INSERT INTO page_text(page_id, text, origin, engine, language, confidence, words) VALUES (?,?,?,?,?,?,?)
                ON CONFLICT(page_id) DO UPDATE SET text=excluded.text, origin=excluded.origin, engine=excluded.engine,
                    language=excluded.language, confidence=excluded.confidence, words=excluded.words""",
                text.pageId(), text.text(), text.origin(), text.engine(), text.language(), text.confidence(),
                text.words().isEmpty() ? null : WordsJson.write(text.words())));
    }

    public Optional<PageText> find(long pageId) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM page_text WHERE page_id = ?", PageTextRepository::map, pageId));
    }

    /** The text of each page of a document that has text, in page order. */
    public List<PageText> forDocument(long documentId) {
        return vault.read(c -> Jdbc.query(c, """
                SELECT t.* FROM page_text t JOIN pages p ON p.id = t.page_id
                WHERE p.document_id = ? ORDER BY p.number""", PageTextRepository::map, documentId));
    }

    /** A case's pages whose recorded engine contains {@code mark}, with the language each was recorded in: pageId → language. */
    public java.util.Map<Long, String> pagesMarked(long caseId, String mark) {
        java.util.Map<Long, String> marked = new java.util.LinkedHashMap<>();
        vault.read(c -> Jdbc.query(c, """
                SELECT t.page_id, t.language FROM page_text t JOIN pages p ON p.id = t.page_id
                JOIN documents d ON d.id = p.document_id WHERE d.case_id = ? AND instr(t.engine, ?) > 0""",
                rs -> marked.put(rs.getLong(1), rs.getString(2)), caseId, mark));
        return marked;
    }

    /** All of a document's text, pages separated by a form feed. */
    public String documentText(long documentId) {
        return String.join("\f", forDocument(documentId).stream().map(PageText::text).toList());
    }

    private static PageText map(ResultSet rs) throws SQLException {
        double confidence = rs.getDouble("confidence");
        Double conf = rs.wasNull() ? null : confidence;
        String words = rs.getString("words");
        return new PageText(rs.getLong("page_id"), rs.getString("text"), TextOrigin.valueOf(rs.getString("origin")),
                rs.getString("engine"), rs.getString("language"), conf, words == null ? List.of() : WordsJson.read(words));
    }
}
