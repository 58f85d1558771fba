package org.hardshipbinder.binder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;

/**
 * The exhibit index: a table of label, description, date, factors and binder pages, with a heading row per
 * section, running over as many Letter pages as it needs. Laid out first (so the page count is known before the
 * exhibits are written), drawn last (so each row can link to its divider).
 */
final class IndexPages {

    private static final float SIZE = 9.5f;
    private static final float LINE = 12;
    private static final float PAD = 5;
    private static final float TITLE_Y = 792 - 36 - 16;
    private static final float[] COLUMN_X = {36, 96, 346, 414, 516};
    private static final float[] COLUMN_W = {56, 246, 64, 98, 60};
    private static final float BOTTOM = 54;

    /** A section heading (target null) or an exhibit's row, its text already wrapped to the columns. */
    record Row(String heading, String label, List<String> description, String date, List<String> factors,
               String pages, VolumeSlice target) {

        float height() {
            return heading != null ? LINE + 2 * PAD : Math.max(description.size(), factors.size()) * LINE + PAD;
        }
    }

    private final PdfFonts fonts;
    private final BinderWords words;

    IndexPages(PdfFonts fonts, BinderWords words) {
        this.fonts = fonts;
        this.words = words;
    }

    /** The rows of the slices, split into pages; the first page leaves room for {@code headerLines} lines. */
    List<List<Row>> layout(SectionCatalog catalog, List<VolumeSlice> slices, Function<VolumeSlice, String> note,
                           int headerLines) throws IOException {
        List<Row> rows = new ArrayList<>();
        String section = null;
        for (VolumeSlice slice : slices) {
            LaidOutExhibit e = slice.exhibit();
            if (!e.sectionCode().equals(section)) {
                section = e.sectionCode();
                rows.add(new Row(fonts.safe(fonts.regular, catalog.title(section)), null, List.of(), null, List.of(), null, null));
            }
            List<String> description = new ArrayList<>(fonts.wrap(fonts.regular, e.description(), SIZE, COLUMN_W[1]));
            String extra = note.apply(slice);
            if (extra != null) {
                description.addAll(fonts.wrap(fonts.regular, extra, SIZE, COLUMN_W[1]));
            }
            List<String> factors = new ArrayList<>();
            for (String f : e.factors()) {
                factors.addAll(fonts.wrap(fonts.regular, f, SIZE, COLUMN_W[3]));
            }
            String pages = slice.firstNumber() + "–" + slice.lastNumber();
            rows.add(new Row(null, e.label(), description, fonts.safe(fonts.regular, e.date()), factors, pages, slice));
        }
        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        float y = firstRowTop(headerLines);
        for (Row row : rows) {
            if (y - row.height() < BOTTOM && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                y = firstRowTop(-1);
            }
            current.add(row);
            y -= row.height();
        }
        pages.add(current);
        return pages;
    }

    void draw(PDDocument doc, List<PDPage> indexPages, List<List<Row>> layout, List<String> headerLines,
              Function<VolumeSlice, PDPage> target) throws IOException {
        for (int i = 0; i < layout.size(); i++) {
            PDPage page = indexPages.get(i);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                fonts.show(cs, true, 16, 36, TITLE_Y, words.get(i == 0 ? "binder.pdf.index" : "binder.pdf.indexContinued"));
                float y = TITLE_Y - 8;
                if (i == 0) {
                    for (String line : headerLines) {
                        y -= 14;
                        fonts.show(cs, false, 10, 36, y, fonts.safe(fonts.regular, line));
                    }
                }
                y -= 20;
                String[] heads = {words.get("binder.pdf.col.exhibit"), words.get("binder.pdf.col.description"),
                        words.get("binder.pdf.col.date"), words.get("binder.pdf.col.factors"), words.get("binder.pdf.col.pages")};
                for (int c = 0; c < heads.length; c++) {
                    fonts.show(cs, true, SIZE, COLUMN_X[c], y + 4, heads[c]);
                }
                cs.moveTo(36, y);
                cs.lineTo(576, y);
                cs.stroke();
                for (Row row : layout.get(i)) {
                    y = drawRow(cs, page, row, y, target);
                }
            }
        }
    }

    private float drawRow(PDPageContentStream cs, PDPage page, Row row, float top, Function<VolumeSlice, PDPage> target)
            throws IOException {
        if (row.heading() != null) {
            fonts.show(cs, false, SIZE + 1.5f, COLUMN_X[0], top - PAD - LINE + 2, row.heading());
            return top - row.height();
        }
        float first = top - LINE + 2;
        fonts.show(cs, true, SIZE, COLUMN_X[0], first, row.label());
        for (int l = 0; l < row.description().size(); l++) {
            fonts.show(cs, false, SIZE, COLUMN_X[1], first - l * LINE, row.description().get(l));
        }
        fonts.show(cs, false, SIZE, COLUMN_X[2], first, row.date());
        for (int l = 0; l < row.factors().size(); l++) {
            fonts.show(cs, false, SIZE, COLUMN_X[3], first - l * LINE, row.factors().get(l));
        }
        fonts.show(cs, false, SIZE, COLUMN_X[4], first, row.pages());
        PDPage destination = target.apply(row.target());
        if (destination != null) {
            link(page, destination, new PDRectangle(36, top - row.height(), 540, row.height()));
        }
        return top - row.height();
    }

    private static void link(PDPage page, PDPage destination, PDRectangle area) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPageFitDestination fit = new PDPageFitDestination();
        fit.setPage(destination);
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(fit);
        link.setAction(goTo);
        page.getAnnotations().add(link);
    }

    private static float firstRowTop(int headerLines) {
        return TITLE_Y - 8 - (headerLines < 0 ? 0 : 14 * headerLines) - 20;
    }
}
