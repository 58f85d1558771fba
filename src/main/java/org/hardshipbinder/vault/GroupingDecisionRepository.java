package org.hardshipbinder.vault;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The merge and split suggestions a user rejected in a case, by key, so they are not offered again. */
public final class GroupingDecisionRepository {

    private final Vault vault;
    private final Clock clock;

    public GroupingDecisionRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public void reject(long caseId, String key) {
        vault.write(c -> Jdbc.update(c, """
                INSERT INTO grouping_decisions(case_id, key, decision, decided_at) VALUES (?,?,'REJECTED',?)
                ON CONFLICT DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at""",
                caseId, key, Instant.now(clock).toString()));
    }

    public Set<String> rejectedKeys(long caseId) {
        return new HashSet<>(vault.read(c -> Jdbc.query(c,
                "SELECT key FROM grouping_decisions WHERE case_id = ? AND decision = 'REJECTED'",
                rs -> rs.getString(1), caseId)));
    }
}
