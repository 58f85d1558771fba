package org.hardshipbinder.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.model.AuditEntry;

/** Records every change in the same transaction as the change itself. */
public final class AuditLog {

    private final Vault vault;
    private final Clock clock;

    public AuditLog(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public void record(String action, String entity, Long entityId, String detail) {
        vault.write(c -> {
            record(c, action, entity, entityId, detail);
            return null;
        });
    }

    void record(Connection c, String action, String entity, Long entityId, String detail) throws SQLException {
        Jdbc.update(c, "INSERT INTO audit_log(at, action, entity, entity_id, detail) VALUES (?,?,?,?,?)",
                Instant.now(clock).toString(), action, entity, entityId, detail);
    }

    public List<AuditEntry> recent(int limit) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?",
                rs -> new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("action"),
                        rs.getString("entity"), Jdbc.longOrNull(rs, "entity_id"), rs.getString("detail")), limit));
    }
}
