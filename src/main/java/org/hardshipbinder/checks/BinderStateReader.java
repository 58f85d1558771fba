package org.hardshipbinder.checks;

import org.hardshipbinder.checks.core.BinderState;
import org.hardshipbinder.vault.BinderPlanSummaryRepository;

/** The binder plan as the checks see it: documents excluded by the user and the volume size limit. */
public final class BinderStateReader {

    private final BinderPlanSummaryRepository plans;

    public BinderStateReader(BinderPlanSummaryRepository plans) {
        this.plans = plans;
    }

    public BinderState read(long caseId) {
        BinderPlanSummaryRepository.Summary summary = plans.summary(caseId);
        return new BinderState(summary.planned(), summary.excludedDocuments(), summary.maxMb());
    }
}
