package org.hardshipbinder.checks;

import java.util.HashSet;
import org.hardshipbinder.checks.core.BinderState;
import org.hardshipbinder.vault.Jdbc;
import org.hardshipbinder.vault.Vault;

/**
 * Reads the binder plan's tables without changing them (the binder's own service brings the plan up to date on
 * every read, which is a write): documents excluded by the user and the volume size limit.
 */
public final class BinderStateReader {

    private final Vault vault;

    public BinderStateReader(Vault vault) {
        this.vault = vault;
    }

    public BinderState read(long caseId) {
        return vault.read(c -> {
            boolean planned = Jdbc.count(c, "SELECT count(*) FROM binder_sections WHERE case_id = ?", caseId) > 0;
            HashSet<Long> excluded = new HashSet<>(Jdbc.query(c, """
                    SELECT e.document_id FROM binder_exhibits e JOIN binder_sections s ON s.id = e.section_id
                    WHERE s.case_id = ? AND e.document_id IS NOT NULL AND e.included = 0""", rs -> rs.getLong(1), caseId));
            Integer maxMb = Jdbc.queryOne(c, "SELECT max_mb FROM binder_settings WHERE case_id = ?", rs -> {
                int v = rs.getInt(1);
                return rs.wasNull() ? null : v;
            }, caseId).orElse(null);
            return new BinderState(planned, excluded, maxMb);
        });
    }
}
