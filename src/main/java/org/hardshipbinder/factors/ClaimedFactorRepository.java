package org.hardshipbinder.factors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** The factors a case argues for each qualifying relative, whether or not evidence is tagged yet. */
public final class ClaimedFactorRepository {

    /** One claim: factor for a person (null: the case as a whole) under a scenario. */
    public record Claim(Long personId, String factor, Scenario scenario) {
    }

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public ClaimedFactorRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public void claim(long caseId, Long personId, String factor, Scenario scenario) {
        vault.write(c -> {
            Jdbc.update(c, "INSERT OR IGNORE INTO claimed_factors(case_id, person_id, factor, scenario, created_at) VALUES (?,?,?,?,?)",
                    caseId, personId, factor, scenario, Instant.now(clock).toString());
            audit.record("factor.claim", "case", caseId, factor + " " + scenario.code()
                    + (personId == null ? "" : " person " + personId));
            return null;
        });
    }

    public List<Claim> forCase(long caseId) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM claimed_factors WHERE case_id = ? ORDER BY id",
                rs -> new Claim(Jdbc.longOrNull(rs, "person_id"), rs.getString("factor"),
                        Scenario.valueOf(rs.getString("scenario"))), caseId));
    }
}
