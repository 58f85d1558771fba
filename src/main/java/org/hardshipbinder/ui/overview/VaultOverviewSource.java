package org.hardshipbinder.ui.overview;

import java.util.Map;
import java.util.function.LongFunction;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.wiring.Services;

/** The overview from the coverage service, the vault's counts, and the checks' findings per severity. */
public final class VaultOverviewSource implements OverviewSource {

    private final Services services;
    private final LongFunction<Map<String, Integer>> findingsBySeverity;

    public VaultOverviewSource(Services services, LongFunction<Map<String, Integer>> findingsBySeverity) {
        this.services = services;
        this.findingsBySeverity = findingsBySeverity;
    }

    @Override
    public OverviewData load(long caseId) {
        return new OverviewData(services.factors().coverage().coverage(caseId).orElseThrow(),
                services.documents().listForCase(caseId).size(),
                services.pages().countForCase(caseId, PageStatus.QUEUED),
                services.factors().suggestions().pending(caseId).size(),
                findingsBySeverity.apply(caseId));
    }
}
