package org.hardshipbinder.factors;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** Remembers which suggestions the user accepted or rejected, so none is offered twice. */
public final class SuggestionDecisionRepository {

    public enum Decision { ACCEPTED, REJECTED }

    private final Vault vault;
    private final Clock clock;

    public SuggestionDecisionRepository(Vault vault, Clock clock) {
        this.vault = vault;
        this.clock = clock;
    }

    public void record(Suggestion s, Decision decision) {
        vault.write(c -> Jdbc.update(c, """
                INSERT INTO suggestion_decisions(document_id, kind, value, person_id, decision, decided_at) VALUES (?,?,?,?,?,?)
                ON CONFLICT DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at""",
                s.documentId(), s.kind(), s.value(), s.personId(), decision, Instant.now(clock).toString()));
    }

    /** The keys ({@link Suggestion#key()}) of every decided suggestion of a case. */
    public Set<String> decidedKeys(long caseId) {
        Set<String> keys = new HashSet<>();
        vault.read(c -> Jdbc.query(c, """
                SELECT s.document_id, s.kind, s.value, s.person_id FROM suggestion_decisions s
                JOIN documents d ON d.id = s.document_id WHERE d.case_id = ?""", rs -> {
            keys.add(Suggestion.key(rs.getLong(1), SuggestionKind.valueOf(rs.getString(2)), rs.getString(3),
                    Jdbc.longOrNull(rs, "person_id")));
            return null;
        }, caseId));
        return keys;
    }
}
