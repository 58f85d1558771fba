package org.hardshipbinder.binder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.Case;

/** The words of the cover, the index header, continuation notes and the document title. */
final class FrontMatter {

    private FrontMatter() {
    }

    static List<String[]> coverFields(BinderLayout layout, Volume volume, LocalDate date, BinderWords words) {
        Case c = layout.theCase();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {words.get("binder.pdf.cover.case"), c.displayTitle()});
        fields.add(new String[] {words.get("binder.pdf.cover.kind"), words.get("binder.kind." + c.kind().code())});
        fields.add(new String[] {words.get("binder.pdf.cover.applicant"), c.applicant()});
        if (layout.settings().preparer() != null) {
            fields.add(new String[] {words.get("binder.pdf.cover.preparer"), layout.settings().preparer()});
        }
        fields.add(new String[] {words.get("binder.pdf.cover.date"), words.longDate(date)});
        if (!volume.isOnly()) {
            fields.add(new String[] {words.get("binder.pdf.cover.volume"),
                    words.get("binder.pdf.volume", volume.number(), volume.count())});
        }
        return fields;
    }

    static List<String> indexHeader(BinderLayout layout, Volume volume, BinderWords words) {
        List<String> lines = new ArrayList<>();
        Case c = layout.theCase();
        lines.add(c.title() == null || c.title().isBlank() ? c.displayTitle() : c.displayTitle() + " — " + c.applicant());
        if (volume != null && !volume.isOnly()) {
            lines.add(words.get("binder.pdf.volume", volume.number(), volume.count()));
        }
        return lines;
    }

    /** A note under a description when the exhibit is cut across volumes; null otherwise. */
    static String note(VolumeSlice slice, Volume volume, BinderWords words) {
        List<String> parts = new ArrayList<>();
        if (!slice.withDivider()) {
            parts.add(words.get("binder.pdf.continuedFrom", volume.number() - 1));
        }
        if (slice.continuesAfter()) {
            parts.add(words.get("binder.pdf.continuesIn", volume.number() + 1));
        }
        if (parts.isEmpty()) {
            return null;
        }
        parts.add(words.get("binder.pdf.pagesOf", slice.fromPage(), slice.toPage(), slice.exhibit().pageCount()));
        return String.join("; ", parts);
    }

    static String title(BinderLayout layout, Volume volume, BinderWords words) {
        String title = words.get("binder.pdf.documentTitle", layout.theCase().kind().code(), layout.theCase().applicant());
        return volume.isOnly() ? title : title + " — " + words.get("binder.pdf.volume", volume.number(), volume.count());
    }
}
