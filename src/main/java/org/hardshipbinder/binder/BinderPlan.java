package org.hardshipbinder.binder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A case's binder plan as stored in the vault: settings and sections in order. */
public record BinderPlan(long caseId, BinderSettings settings, List<PlannedSection> sections) {

    public BinderPlan {
        sections = List.copyOf(sections);
    }

    /** The included exhibits in binder order, labelled by the plan's scheme; empty sections get no letter. */
    public List<LabelledExhibit> labelled() {
        List<LabelledExhibit> result = new ArrayList<>();
        int sectionIndex = 0;
        for (PlannedSection section : sections) {
            List<PlannedExhibit> included = section.included();
            if (included.isEmpty()) {
                continue;
            }
            for (int i = 0; i < included.size(); i++) {
                String label = settings.labelScheme().label(result.size(), sectionIndex, i);
                result.add(new LabelledExhibit(label, section.code(), included.get(i)));
            }
            sectionIndex++;
        }
        return result;
    }

    public Optional<PlannedSection> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<PlannedExhibit> exhibit(long exhibitId) {
        return sections.stream().flatMap(s -> s.exhibits().stream()).filter(e -> e.id() == exhibitId).findFirst();
    }
}
