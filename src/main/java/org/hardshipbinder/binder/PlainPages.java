package org.hardshipbinder.binder;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The pages the binder writes itself: the cover, a divider before each exhibit, and a statement page. */
final class PlainPages {

    private final PdfFonts fonts;
    private final BinderWords words;
    private final Stamp stamp;

    PlainPages(PdfFonts fonts, BinderWords words, Stamp stamp) {
        this.fonts = fonts;
        this.words = words;
        this.stamp = stamp;
    }

    /** Cover: a heading, then "name: value" lines (case, kind of request, applicant, preparer, date, volume). */
    void cover(PDDocument doc, PDPage page, String heading, List<String[]> fields) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = 560;
            for (String line : fonts.wrap(fonts.regular, heading, 26, 468)) {
                centred(cs, true, 26, line, y);
                y -= 34;
            }
            y -= 40;
            for (String[] field : fields) {
                fonts.show(cs, true, 12, 108, y, field[0]);
                List<String> value = fonts.wrap(fonts.regular, field[1], 12, 300);
                for (String line : value) {
                    fonts.show(cs, false, 12, 240, y, line);
                    y -= 16;
                }
                y -= 8;
            }
        }
    }

    /** A divider: the exhibit's label large and bold in the middle of the page, its description underneath. */
    void divider(PDDocument doc, PDPage page, String label, String description, String pageNumber) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            centred(cs, true, 48, words.get("binder.pdf.exhibit", label), 420);
            float y = 370;
            for (String line : fonts.wrap(fonts.regular, description, 16, 468)) {
                centred(cs, false, 16, line, y);
                y -= 22;
            }
            stamp.draw(cs, LetterPage.PORTRAIT, null, pageNumber);
        }
    }

    /** A statement that a record is unavailable: its title and text, the text shrinking until it fits one page. */
    void statement(PDPageContentStream cs, String title, String text) throws IOException {
        float size = 12;
        List<String> lines = fonts.wrap(fonts.regular, text, size, 468);
        while (lines.size() * size * 1.4f > 600 && size > 6) {
            size -= 0.5f;
            lines = fonts.wrap(fonts.regular, text, size, 468);
        }
        float y = 720;
        for (String line : fonts.wrap(fonts.regular, title, 14, 468)) {
            fonts.show(cs, true, 14, 72, y, line);
            y -= 20;
        }
        y -= 12;
        for (String line : lines) {
            fonts.show(cs, false, size, 72, y, line);
            y -= size * 1.4f;
        }
    }

    private void centred(PDPageContentStream cs, boolean bold, float size, String text, float y) throws IOException {
        String safeText = fonts.safe(fonts.regular, text);
        fonts.show(cs, bold, size, (612 - fonts.width(fonts.regular, safeText, size)) / 2, y, safeText);
    }
}
