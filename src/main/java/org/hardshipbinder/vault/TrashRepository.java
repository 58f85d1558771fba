package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.TrashEntry;

/**
 * The per-case trash: each entry is a {@link RowSnapshot} of what was deleted. Emptying drops the entries and then
 * the originals of the case that no page uses any more (their bytes go with them).
 */
public final class TrashRepository {

    /** What emptying the trash freed. */
    public record Emptied(int entries, int originals, long originalBytes) {
    }

    private final Vault vault;
    private final Clock clock;

    public TrashRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public long add(Connection c, long caseId, TrashEntry.Kind kind, long itemId, Long documentId, Integer pageNumber,
                    String label, RowSnapshot snapshot) throws SQLException {
        return Jdbc.insert(c, """
                INSERT INTO trash(case_id, kind, item_id, document_id, page_number, label, deleted_at, snapshot)
                VALUES (?,?,?,?,?,?,?,?)""", caseId, kind, itemId, documentId, pageNumber, label,
                Instant.now(clock).toString(), snapshot.toJson());
    }

    public List<TrashEntry> list(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM trash WHERE case_id = ? ORDER BY id DESC", TrashRepository::map, caseId));
    }

    public Optional<TrashEntry> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM trash WHERE id = ?", TrashRepository::map, id));
    }

    public RowSnapshot snapshot(Connection c, long id) throws SQLException {
        return RowSnapshot.fromJson(Jdbc.queryOne(c, "SELECT snapshot FROM trash WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new SQLException("no trash entry " + id)));
    }

    public void delete(Connection c, List<Long> ids) throws SQLException {
        for (long id : ids) {
            Jdbc.update(c, "DELETE FROM trash WHERE id = ?", id);
        }
    }

    public Emptied empty(Connection c, long caseId) throws SQLException {
        int entries = Jdbc.update(c, "DELETE FROM trash WHERE case_id = ?", caseId);
        String unused = "FROM originals WHERE case_id = ? AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.original_id = originals.id)";
        long bytes = Jdbc.count(c, "SELECT coalesce(sum(size_bytes), 0) " + unused, caseId);
        int originals = Jdbc.update(c, "DELETE " + unused, caseId);
        // The search index keeps a deleted page's words in its older segments (behind a delete marker) until they are
        // merged: merging them now drops the words of what was deleted, so they do not stay readable in the file.
        Jdbc.update(c, "INSERT INTO page_text_fts(page_text_fts) VALUES ('optimize')");
        return new Emptied(entries, originals, bytes);
    }

    private static TrashEntry map(ResultSet rs) throws SQLException {
        return new TrashEntry(rs.getLong("id"), rs.getLong("case_id"), TrashEntry.Kind.valueOf(rs.getString("kind")),
                rs.getLong("item_id"), Jdbc.longOrNull(rs, "document_id"), (Integer) rs.getObject("page_number"),
                rs.getString("label"),
                Instant.parse(rs.getString("deleted_at")));
    }
}
