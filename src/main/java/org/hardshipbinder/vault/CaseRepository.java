package org.hardshipbinder.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;

/** Cases in the vault. */
public final class CaseRepository {

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public CaseRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public Case create(CaseKind kind, String applicant, String title) {
        Instant now = Instant.now(clock);
        return vault.write(c -> {
            long id = Jdbc.insert(c, "INSERT INTO cases(kind, applicant, title, created_at) VALUES (?,?,?,?)",
                    kind.code(), applicant, title, now.toString());
            audit.record(c, "case.create", "case", id, kind.code() + " " + applicant);
            return new Case(id, kind, applicant, title, now);
        });
    }

    /** The cases on the start list: all but the archived ones. */
    public List<Case> list() {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM cases WHERE archived_at IS NULL ORDER BY id", CaseRepository::map));
    }

    /** Cases the user archived: off the start list, still in the vault. */
    public List<Case> listArchived() {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM cases WHERE archived_at IS NOT NULL ORDER BY id", CaseRepository::map));
    }

    public boolean isArchived(long id) {
        return vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM cases WHERE id = ? AND archived_at IS NOT NULL", id)) > 0;
    }

    /** A new title (null or blank: the title made from kind and applicant). */
    public void rename(long id, String title) {
        vault.write(c -> {
            Jdbc.update(c, "UPDATE cases SET title = ? WHERE id = ?", title == null || title.isBlank() ? null : title, id);
            audit.record(c, "case.rename", "case", id, title);
            return null;
        });
    }

    public void setArchived(long id, boolean archived) {
        vault.write(c -> {
            Jdbc.update(c, "UPDATE cases SET archived_at = ? WHERE id = ?", archived ? Instant.now(clock).toString() : null, id);
            audit.record(c, archived ? "case.archive" : "case.unarchive", "case", id, null);
            return null;
        });
    }

    /** Deletes a case for good with everything in it: people, documents, originals and their bytes, binder, trash. */
    public void delete(long id) {
        vault.write(c -> {
            Jdbc.update(c, "DELETE FROM cases WHERE id = ?", id);
            audit.record(c, "case.delete", "case", id, null);
            return null;
        });
    }

    public Optional<Case> find(long id) {
        return vault.read(c -> Jdbc.queryOne(c, "SELECT * FROM cases WHERE id = ?", CaseRepository::map, id));
    }

    private static Case map(ResultSet rs) throws SQLException {
        CaseKind kind = CaseKind.fromCode(rs.getString("kind")).orElseThrow();
        return new Case(rs.getLong("id"), kind, rs.getString("applicant"), rs.getString("title"),
                Instant.parse(rs.getString("created_at")));
    }
}
