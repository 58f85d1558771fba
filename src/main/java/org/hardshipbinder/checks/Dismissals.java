package org.hardshipbinder.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** Findings the user set aside, with why, kept in the vault. */
public final class Dismissals {

    /** One dismissed finding: its code, subject, the fingerprint of its evidence then, and the reason. */
    public record Dismissal(long caseId, String code, String subject, String fingerprint, String reason, Instant at) {
    }

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public Dismissals(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public void save(long caseId, String code, String subject, String fingerprint, String reason) {
        vault.write(c -> {
            Jdbc.update(c, """
                    INSERT INTO dismissed_findings(case_id, code, subject, fingerprint, reason, dismissed_at) VALUES (?,?,?,?,?,?)
                    ON CONFLICT(case_id, code, subject) DO UPDATE SET fingerprint=excluded.fingerprint, reason=excluded.reason,
                        dismissed_at=excluded.dismissed_at""",
                    caseId, code, subject, fingerprint, reason, Instant.now(clock).toString());
            audit.record("finding.dismiss", "case", caseId, code + " " + subject + ": " + reason);
            return null;
        });
    }

    /** Records the fingerprint a dismissal's evidence has now (after a case is copied in with new ids). */
    public void renew(long caseId, String code, String subject, String fingerprint) {
        vault.write(c -> Jdbc.update(c, "UPDATE dismissed_findings SET fingerprint = ? WHERE case_id = ? AND code = ? AND subject = ?",
                fingerprint, caseId, code, subject));
    }

    public List<Dismissal> forCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM dismissed_findings WHERE case_id = ? ORDER BY id",
                rs -> new Dismissal(rs.getLong("case_id"), rs.getString("code"), rs.getString("subject"),
                        rs.getString("fingerprint"), rs.getString("reason"), Instant.parse(rs.getString("dismissed_at"))),
                caseId));
    }
}
