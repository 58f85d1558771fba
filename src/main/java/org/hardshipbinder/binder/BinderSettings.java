package org.hardshipbinder.binder;

/**
 * How a case's binder is printed: the label scheme, an optional Bates prefix before each binder page number, the
 * preparer named on the cover, and the per-file size limit for volumes (null: one file).
 */
public record BinderSettings(LabelScheme labelScheme, String batesPrefix, String preparer, Integer maxMb) {

    public BinderSettings {
        labelScheme = labelScheme == null ? LabelScheme.LETTERS : labelScheme;
        batesPrefix = blankToNull(batesPrefix);
        preparer = blankToNull(preparer);
    }

    public static BinderSettings defaults() {
        return new BinderSettings(LabelScheme.LETTERS, null, null, null);
    }

    public BinderSettings withMaxMb(Integer newMaxMb) {
        return new BinderSettings(labelScheme, batesPrefix, preparer, newMaxMb);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
