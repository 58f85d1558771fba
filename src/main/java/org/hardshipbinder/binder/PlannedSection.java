package org.hardshipbinder.binder;

import java.util.List;

/** A section of the binder (a factor code, relationship proof, or "other"), its exhibits in order. */
public record PlannedSection(long id, String code, List<PlannedExhibit> exhibits) {

    public PlannedSection {
        exhibits = List.copyOf(exhibits);
    }

    public List<PlannedExhibit> included() {
        return exhibits.stream().filter(PlannedExhibit::included).toList();
    }
}
