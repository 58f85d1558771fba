package org.hardshipbinder.ui.binder;

import java.util.List;

/**
 * The binder plan as the binder screen shows it: sections in order, each with its exhibits (label shown when
 * included), the label scheme code and the size limit per file (null: one file).
 */
public record BinderState(List<Section> sections, String labelScheme, Integer maxMb) {

    public BinderState {
        sections = List.copyOf(sections);
    }

    public record Section(String code, String title, List<Exhibit> exhibits) {
        public Section {
            exhibits = List.copyOf(exhibits);
        }
    }

    public record Exhibit(long id, String sectionCode, String label, String title, boolean included, boolean statement) {
    }

    /** The exhibit index, in binder order: the included exhibits with their labels. */
    public List<Exhibit> index() {
        return sections.stream().flatMap(s -> s.exhibits().stream()).filter(Exhibit::included).toList();
    }
}
