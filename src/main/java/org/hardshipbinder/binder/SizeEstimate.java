package org.hardshipbinder.binder;

import java.util.Arrays;

/**
 * Estimated bytes each piece adds to a volume: a page costs its share of the original file plus the stamp and text
 * layer; {@code factor} scales the originals' share up when a written volume came out larger than estimated.
 */
record SizeEstimate(double factor) {

    static final long FRONT_MATTER = 160 * 1024;
    static final long DIVIDER = 4 * 1024;
    static final long PAGE_OVERHEAD = 12 * 1024;

    long frontMatter() {
        return FRONT_MATTER;
    }

    long divider() {
        return DIVIDER;
    }

    long[] pages(LaidOutExhibit exhibit) {
        long[] sizes = new long[exhibit.pageCount()];
        int at = 0;
        for (ExhibitPart part : exhibit.parts()) {
            long share = part instanceof ExhibitPart.DocumentPart d && d.pageCount() > 0
                    ? d.document().sizeBytes() / d.pageCount() : 8 * 1024;
            Arrays.fill(sizes, at, at + part.pageCount(), (long) (share * factor) + PAGE_OVERHEAD);
            at += part.pageCount();
        }
        return sizes;
    }

    SizeEstimate tighter(double observedRatio) {
        return new SizeEstimate(factor * Math.max(1.1, observedRatio * 1.1));
    }
}
