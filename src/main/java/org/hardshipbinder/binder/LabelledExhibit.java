package org.hardshipbinder.binder;

/** An included exhibit with the label it gets in the binder. */
public record LabelledExhibit(String label, String sectionCode, PlannedExhibit exhibit) {
}
