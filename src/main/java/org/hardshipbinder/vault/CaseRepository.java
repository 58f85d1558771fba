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

    public List<Case> list() {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM cases ORDER BY id", CaseRepository::map));
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
