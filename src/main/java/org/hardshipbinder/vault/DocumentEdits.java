package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Word;

/**
 * The SQL of page and document edits, run inside the caller's transaction ({@link Vault#write}): which page is in
 * which document at which position, the rows that describe a document (tags, people, circumstances, suggestion
 * answers — every table that points at a document, found in the schema) copied to another, the binder plan and
 * translation links kept pointing at a live document, and a document's status settled from its pages'.
 */
public final class DocumentEdits {

    /** Tables that point at documents but are not descriptions to copy: its pages, its exhibit, other documents. */
    private static final Set<String> NOT_DESCRIPTIONS = Set.of("pages", "binder_exhibits", "documents", "trash");

    private final Clock clock;

    public DocumentEdits(Clock clock) {
        this.clock = clock;
    }

    public List<Long> pageIds(Connection c, long documentId) throws SQLException {
        return Jdbc.query(c, "SELECT id FROM pages WHERE document_id = ? ORDER BY number", rs -> rs.getLong(1), documentId);
    }

    /** A new, empty document of the case; its language is copied from {@code like} (null: none). */
    public long createDocument(Connection c, long caseId, Long like) throws SQLException {
        long id = Jdbc.insert(c, "INSERT INTO documents(case_id, created_at, status) VALUES (?,?,?)", caseId,
                Instant.now(clock).toString(), DocumentStatus.IMPORTED);
        if (like != null) {
            Jdbc.update(c, """
                    UPDATE documents SET language = (SELECT language FROM documents WHERE id = ?),
                                         source_kind = (SELECT source_kind FROM documents WHERE id = ?) WHERE id = ?""",
                    like, like, id);
        }
        return id;
    }

    /**
     * Makes {@code pageIds} the pages of {@code documentId}, in that order, wherever they were. Positions go through
     * negative numbers first so that no two pages of a document ever share one, even halfway.
     */
    public void placePages(Connection c, long documentId, List<Long> pageIds) throws SQLException {
        for (int i = 0; i < pageIds.size(); i++) {
            Jdbc.update(c, "UPDATE pages SET document_id = ?, number = ? WHERE id = ?", documentId, -(i + 1), pageIds.get(i));
        }
        Jdbc.update(c, "UPDATE pages SET number = -number WHERE document_id = ? AND number < 0", documentId);
    }

    /** Copies what describes {@code from} (tags, people, circumstances, suggestion answers …) to {@code to}. */
    public void copyDescriptions(Connection c, long from, long to) throws SQLException {
        for (ForeignKeys.Reference ref : ForeignKeys.to(c, "documents")) {
            if (NOT_DESCRIPTIONS.contains(ref.table()) || ref.setsNull()) {
                continue;
            }
            List<String> columns = ForeignKeys.columns(c, ref.table());
            boolean hasId = ForeignKeys.hasIdColumn(c, ref.table());
            List<String> copied = columns.stream().filter(col -> !(hasId && col.equals("id"))).toList();
            String select = copied.stream().map(col -> col.equals(ref.column()) ? "?" : col).collect(Collectors.joining(","));
            Jdbc.update(c, "INSERT OR IGNORE INTO " + ref.table() + "(" + String.join(",", copied) + ") SELECT " + select
                    + " FROM " + ref.table() + " WHERE " + ref.column() + " = ?", to, from);
        }
    }

    /** Translations of {@code from} become translations of {@code to}; {@code to} takes {@code from}'s own link if it has none. */
    public void repointTranslations(Connection c, long from, long to) throws SQLException {
        Jdbc.update(c, "UPDATE documents SET translation_of = ? WHERE translation_of = ? AND id <> ?", to, from, to);
        Jdbc.update(c, """
                UPDATE documents SET translation_of = (SELECT translation_of FROM documents WHERE id = ?)
                WHERE id = ? AND translation_of IS NULL AND (SELECT translation_of FROM documents WHERE id = ?) <> ?""",
                from, to, from, to);
    }

    /** {@code to} takes over {@code from}'s place in the binder plan when it has none of its own. */
    public void takeOverExhibit(Connection c, long from, long to) throws SQLException {
        if (Jdbc.count(c, "SELECT count(*) FROM binder_exhibits WHERE document_id = ?", to) == 0) {
            Jdbc.update(c, "UPDATE binder_exhibits SET document_id = ? WHERE document_id = ?", to, from);
        }
    }

    /** New documents made from {@code of} (a split) follow its exhibit in the same section, included as it is. */
    public void exhibitsAfter(Connection c, long of, List<Long> parts) throws SQLException {
        record Place(long section, int position, int included) {
        }
        var place = Jdbc.queryOne(c, "SELECT section_id, position, included FROM binder_exhibits WHERE document_id = ?",
                rs -> new Place(rs.getLong(1), rs.getInt(2), rs.getInt(3)), of);
        if (place.isEmpty()) {
            return;
        }
        Place p = place.get();
        Jdbc.update(c, "UPDATE binder_exhibits SET position = position + ? WHERE section_id = ? AND position > ?",
                parts.size(), p.section(), p.position());
        for (int i = 0; i < parts.size(); i++) {
            Jdbc.update(c, "INSERT INTO binder_exhibits(section_id, position, document_id, included) VALUES (?,?,?,?)",
                    p.section(), p.position() + i + 1, parts.get(i), p.included());
        }
    }

    public void deleteDocument(Connection c, long documentId) throws SQLException {
        Jdbc.update(c, "DELETE FROM documents WHERE id = ?", documentId);
    }

    /** Deletes pages (their text leaves the search index with them); the rest of each document closes up. */
    public void deletePages(Connection c, List<Long> pageIds) throws SQLException {
        List<Long> documents = new ArrayList<>();
        for (long pageId : pageIds) {
            Jdbc.queryOne(c, "SELECT document_id FROM pages WHERE id = ?", rs -> rs.getLong(1), pageId)
                    .filter(d -> !documents.contains(d)).ifPresent(documents::add);
            Jdbc.update(c, "DELETE FROM pages WHERE id = ?", pageId);
        }
        for (long documentId : documents) {
            placePages(c, documentId, pageIds(c, documentId));
        }
    }

    /**
     * Turns a page a further {@code degrees} clockwise from how it is shown: its stored turn changes (and from then on
     * wins over the detected one), and its word boxes (fractions of the upright page) are turned with it so that the
     * binder's text layer stays over the words.
     */
    public void turn(Connection c, long pageId, int degrees) throws SQLException {
        int quarter = Math.floorMod(degrees, 360) / 90;
        // The page is shown with the user's turn, else the turn text recognition detected: turn from what is shown.
        Jdbc.update(c, "UPDATE pages SET turn = (coalesce(turn, detected_rotation, 0) + ?) % 360 WHERE id = ?",
                quarter * 90, pageId);
        String json = Jdbc.queryOne(c, "SELECT words FROM page_text WHERE page_id = ?", rs -> rs.getString(1), pageId)
                .orElse(null);
        if (json == null || quarter == 0) {
            return;
        }
        List<Word> turned = WordsJson.read(json).stream().map(w -> turnWord(w, quarter)).toList();
        Jdbc.update(c, "UPDATE page_text SET words = ? WHERE page_id = ?", WordsJson.write(turned), pageId);
    }

    static Word turnWord(Word w, int quarterTurns) {
        Word t = w;
        for (int i = 0; i < quarterTurns; i++) {
            t = new Word(t.text(), 1 - t.y() - t.height(), t.x(), t.height(), t.width(), t.confidence());
        }
        return t;
    }

    /**
     * A document's status from its pages': any page waiting → queued for OCR; else any failed → failed (with the
     * count); else read. A document whose pages were never queued keeps its status.
     */
    public void settleStatus(Connection c, long documentId) throws SQLException {
        Map<String, Long> counts = Jdbc.query(c, "SELECT status, count(*) FROM pages WHERE document_id = ? GROUP BY status",
                rs -> Map.entry(rs.getString(1), rs.getLong(2)), documentId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        DocumentStatus status;
        String reason = null;
        if (counts.getOrDefault("QUEUED", 0L) > 0) {
            status = DocumentStatus.OCR_QUEUED;
        } else if (counts.getOrDefault("FAILED", 0L) > 0) {
            status = DocumentStatus.OCR_FAILED;
            reason = counts.get("FAILED") + " of " + total + " pages could not be read";
        } else {
            status = DocumentStatus.OCR_DONE;
        }
        Jdbc.update(c, "UPDATE documents SET status = ?, status_reason = ? WHERE id = ?", status, reason, documentId);
    }
}
