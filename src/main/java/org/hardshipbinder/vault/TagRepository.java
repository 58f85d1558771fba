package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;

/** Factor tags on documents. Adding a tag that exists already is a no-op that returns the existing one. */
public final class TagRepository {

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public TagRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public Tag add(long documentId, String factor, Long personId, Scenario scenario, TagOrigin origin) {
        return vault.write(c -> {
            Jdbc.update(c, """
                    INSERT OR IGNORE INTO tags(document_id, factor, person_id, scenario, origin, created_at)
                    VALUES (?,?,?,?,?,?)""", documentId, factor, personId, scenario, origin, Instant.now(clock).toString());
            Tag tag = Jdbc.queryOne(c, """
                    SELECT * FROM tags WHERE document_id = ? AND factor = ? AND ifnull(person_id, 0) = ifnull(?, 0)
                    AND scenario = ?""", TagRepository::map, documentId, factor, personId, scenario).orElseThrow();
            audit.record(c, "tag.add", "document", documentId, factor + " " + scenario.code()
                    + (personId == null ? "" : " person " + personId));
            return tag;
        });
    }

    public void remove(long tagId) {
        vault.write(c -> {
            Jdbc.update(c, "DELETE FROM tags WHERE id = ?", tagId);
            audit.record(c, "tag.remove", "tag", tagId, null);
            return null;
        });
    }

    public List<Tag> forDocument(long documentId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM tags WHERE document_id = ? ORDER BY id", TagRepository::map, documentId));
    }

    public List<Tag> forCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, """
                SELECT t.* FROM tags t JOIN documents d ON d.id = t.document_id WHERE d.case_id = ? ORDER BY t.id""",
                TagRepository::map, caseId));
    }

    private static Tag map(ResultSet rs) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getLong("document_id"), rs.getString("factor"), Jdbc.longOrNull(rs, "person_id"),
                Scenario.valueOf(rs.getString("scenario")), TagOrigin.valueOf(rs.getString("origin")));
    }
}
