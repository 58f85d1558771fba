package org.hardshipbinder.ui.overview;

import java.util.Map;
import java.util.function.LongFunction;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageRepository;

/** The overview from the coverage service, the vault's counts, and the checks' findings per severity. */
public final class VaultOverviewSource implements OverviewSource {

    private final FactorServices factors;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final LongFunction<Map<String, Integer>> findingsBySeverity;

    public VaultOverviewSource(FactorServices factors, DocumentRepository documents, PageRepository pages,
                               LongFunction<Map<String, Integer>> findingsBySeverity) {
        this.factors = factors;
        this.documents = documents;
        this.pages = pages;
        this.findingsBySeverity = findingsBySeverity;
    }

    @Override
    public OverviewData load(long caseId) {
        return new OverviewData(factors.coverage().coverage(caseId).orElseThrow(),
                documents.listForCase(caseId).size(),
                pages.countForCase(caseId, PageStatus.QUEUED),
                factors.suggestions().pending(caseId).size(),
                findingsBySeverity.apply(caseId));
    }
}
