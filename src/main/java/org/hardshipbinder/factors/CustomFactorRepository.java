package org.hardshipbinder.factors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/** Factors the user added to one case. Their label is in the user's own words, so it serves every language. */
public final class CustomFactorRepository {

    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;

    public CustomFactorRepository(Vault vault, AuditLog audit, Clock clock) {
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    public void add(long caseId, String code, String label, String description, List<String> keywords) {
        vault.write(c -> {
            Jdbc.insert(c, "INSERT INTO case_factors(case_id, code, label, description, keywords, created_at) VALUES (?,?,?,?,?,?)",
                    caseId, code, label, description, String.join(",", keywords), Instant.now(clock).toString());
            audit.record("factor.add", "case", caseId, code);
            return null;
        });
    }

    public List<Factor> forCase(long caseId, FactorSet set) {
        return vault.read(c -> Jdbc.query(c, "SELECT * FROM case_factors WHERE case_id = ? ORDER BY id",
                rs -> map(rs, set), caseId));
    }

    private static Factor map(ResultSet rs, FactorSet set) throws SQLException {
        String keywords = rs.getString("keywords");
        List<String> words = keywords == null || keywords.isBlank() ? List.of()
                : Arrays.stream(keywords.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String description = rs.getString("description");
        return new Factor(rs.getString("code"), set, Localized.of(rs.getString("label")),
                Localized.of(description == null ? "" : description), Map.of("any", words), Map.of(), Map.of(), List.of(),
                false, Scenario.BOTH, true);
    }
}
