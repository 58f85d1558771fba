package org.hardshipbinder.grouping;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.MediaType;

/** Builds the files the grouping rules see, as the vault would describe them after OCR. */
final class Files {

    static final double LETTER_W = 612;
    static final double LETTER_H = 792;
    /** A phone photo of 3000 x 4000 pixels at the 200 dpi assumed for images without a resolution. */
    static final double PHOTO_W = 1080;
    static final double PHOTO_H = 1440;

    private Files() {
    }

    static FileFacts pdf(long id, String name, List<String> pages) {
        return pdf(id, name, null, pages, "en");
    }

    static FileFacts pdf(long id, String name, LocalDateTime taken, List<String> pages, String language) {
        List<PageFacts> facts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            facts.add(new PageFacts(i + 1, pages.get(i), pages.get(i).isBlank() ? "und" : language, 92.0, LETTER_W, LETTER_H));
        }
        return new FileFacts(id, name, MediaType.PDF, taken, facts);
    }

    static FileFacts photo(long id, String name, LocalDateTime taken, String text) {
        return new FileFacts(id, name, MediaType.JPEG, taken,
                List.of(new PageFacts(1, text, "en", 91.0, PHOTO_W, PHOTO_H)));
    }
}
