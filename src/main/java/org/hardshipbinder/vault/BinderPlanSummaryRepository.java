package org.hardshipbinder.vault;

import java.util.Set;

/**
 * Reads a case's binder plan without changing it (the binder's own service brings the plan up to date on every
 * read, which is a write): whether there is a plan, the documents the user left out, and the volume size limit.
 */
public final class BinderPlanSummaryRepository {

    /** What the plan's tables say; {@code maxMb} null means one file. */
    public record Summary(boolean planned, Set<Long> excludedDocuments, Integer maxMb) {
    }

    private final Vault vault;

    public BinderPlanSummaryRepository(Vault vault) {
        this.vault = vault;
    }

    public Summary summary(long caseId) {
        return vault.read(c -> {
            boolean planned = Jdbc.count(c, "SELECT count(*) FROM binder_sections WHERE case_id = ?", caseId) > 0;
            Set<Long> excluded = Set.copyOf(Jdbc.query(c, """
                    SELECT e.document_id FROM binder_exhibits e JOIN binder_sections s ON s.id = e.section_id
                    WHERE s.case_id = ? AND e.document_id IS NOT NULL AND e.included = 0""", rs -> rs.getLong(1), caseId));
            Integer maxMb = Jdbc.queryOne(c, "SELECT max_mb FROM binder_settings WHERE case_id = ?", rs -> {
                int v = rs.getInt(1);
                return rs.wasNull() ? null : v;
            }, caseId).orElse(null);
            return new Summary(planned, excluded, maxMb);
        });
    }
}
