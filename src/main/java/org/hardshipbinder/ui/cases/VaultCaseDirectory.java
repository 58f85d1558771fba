package org.hardshipbinder.ui.cases;

import java.util.List;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.sample.SampleCaseBuilder;
import java.util.function.Supplier;
import org.hardshipbinder.binder.BinderPlanService;
import org.hardshipbinder.binder.BinderSettings;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The start screen's cases, read from and written to the vault. A new case's binder starts with the exhibit labels
 * chosen in Preferences.
 */
public final class VaultCaseDirectory implements CaseDirectory {

    private final Vault vault;
    private final CaseRepository cases;
    private final PersonRepository people;
    private final BinderPlanService binderPlans;
    private final Supplier<LabelScheme> preferredLabels;
    private final SampleCaseBuilder sample;

    public VaultCaseDirectory(Vault vault, CaseRepository cases, PersonRepository people, BinderPlanService binderPlans,
                              Supplier<LabelScheme> preferredLabels, SampleCaseBuilder sample) {
        this.vault = vault;
        this.cases = cases;
        this.people = people;
        this.binderPlans = binderPlans;
        this.preferredLabels = preferredLabels;
        this.sample = sample;
    }

    @Override
    public List<Case> list() {
        return cases.list();
    }

    @Override
    public Case create(NewCase form) {
        return vault.write(c -> {
            Case created = cases.create(form.kind(), form.applicant(), form.title());
            people.add(created.id(), form.applicant(), Role.APPLICANT, null, ImmigrationStatus.OTHER, null);
            for (NewCase.NewPerson p : form.people()) {
                people.add(created.id(), p.name(), p.role(), p.relation(), p.status(), p.born());
            }
            binderPlans.saveSettings(created.id(), new BinderSettings(preferredLabels.get(), null, null, null));
            return created;
        });
    }

    @Override
    public Case openSample() throws Exception {
        return sample.findOrBuild();
    }
}
