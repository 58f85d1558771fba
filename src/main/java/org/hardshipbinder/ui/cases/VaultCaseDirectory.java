package org.hardshipbinder.ui.cases;

import java.util.List;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.sample.SampleCaseBuilder;
import org.hardshipbinder.wiring.Services;

/** The start screen's cases, read from and written to the vault. */
public final class VaultCaseDirectory implements CaseDirectory {

    private final Services services;
    private final SampleCaseBuilder sample;

    public VaultCaseDirectory(Services services, SampleCaseBuilder sample) {
        this.services = services;
        this.sample = sample;
    }

    @Override
    public List<Case> list() {
        return services.cases().list();
    }

    @Override
    public Case create(NewCase form) {
        return services.vault().write(c -> {
            Case created = services.cases().create(form.kind(), form.applicant(), form.title());
            services.people().add(created.id(), form.applicant(), Role.APPLICANT, null, ImmigrationStatus.OTHER, null);
            for (NewCase.NewPerson p : form.people()) {
                services.people().add(created.id(), p.name(), p.role(), p.relation(), p.status(), p.born());
            }
            return created;
        });
    }

    @Override
    public Case openSample() throws Exception {
        return sample.findOrBuild();
    }
}
