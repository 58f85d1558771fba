package org.hardshipbinder.chronology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hardshipbinder.binder.PdfFonts;

/**
 * The chronology as a printable PDF on US Letter pages in the binder's font: a heading, the dates that disagree side
 * by side, then one row per event (date, what, who, and the document, page and words that say so), with "page X of
 * Y" at the foot of each page. The file is written beside its final name and moved into place, so a failed write
 * never leaves half a PDF.
 */
public final class ChronologyPdf {

    private static final float WIDTH = 612;
    private static final float HEIGHT = 792;
    private static final float LEFT = 36;
    private static final float RIGHT = WIDTH - 36;
    private static final float TOP = HEIGHT - 36;
    private static final float BOTTOM = 54;
    private static final float SIZE = 9.5f;
    private static final float LINE = 12;
    private static final float[] COLUMN_X = {LEFT, 124, 224, 334};
    private static final float[] COLUMN_W = {84, 96, 106, RIGHT - 334};

    private final ChronologyText text;

    public ChronologyPdf(ChronologyText text) {
        this.text = text;
    }

    /** Writes the chronology to {@code file}; returns the number of pages written. */
    public int write(Chronology chronology, LocalDate prepared, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        int pages;
        try (PDDocument out = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(out);
            List<List<Line>> laidOut = paginate(lines(chronology, prepared, fonts));
            for (int i = 0; i < laidOut.size(); i++) {
                draw(out, fonts, laidOut.get(i), i + 1, laidOut.size());
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(text.get("chronology.pdf.title") + " — " + chronology.theCase().displayTitle());
            out.setDocumentInformation(info);
            out.save(partial.toFile());
            pages = laidOut.size();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return pages;
    }

    /** One line of the page: text pieces at x positions, bold or not; {@code keepWithNext} keeps a row's lines together. */
    private record Line(List<Piece> pieces, float height, boolean rule, boolean keepWithNext) {
    }

    private record Piece(float x, String text, boolean bold, float size) {
    }

    private List<Line> lines(Chronology chronology, LocalDate prepared, PdfFonts fonts) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(single(LEFT, text.get("chronology.pdf.title"), true, 16, 22));
        lines.add(single(LEFT, fonts.safe(fonts.regular, chronology.theCase().displayTitle()), false, 10, 14));
        lines.add(single(LEFT, text.get("chronology.pdf.prepared", text.date(prepared), chronology.events().size()), false, 10, 20));
        if (!chronology.conflicts().isEmpty()) {
            lines.add(single(LEFT, text.get("chronology.conflicts"), true, 11, 16));
            for (DateConflict conflict : chronology.conflicts()) {
                lines.add(single(LEFT, fonts.safe(fonts.regular, text.conflictTitle(conflict)), true, SIZE, LINE));
                for (DateConflict.Reading reading : conflict.readings()) {
                    String sources = String.join("; ", reading.events().stream().map(text::source).toList());
                    List<String> wrapped = fonts.wrap(fonts.regular, sources, SIZE, RIGHT - 150);
                    for (int i = 0; i < wrapped.size(); i++) {
                        List<Piece> pieces = new ArrayList<>();
                        if (i == 0) {
                            pieces.add(new Piece(LEFT + 12, text.date(reading.shown().date(), reading.shown().precision()), false, SIZE));
                        }
                        pieces.add(new Piece(150, wrapped.get(i), false, SIZE));
                        lines.add(new Line(pieces, LINE, false, i < wrapped.size() - 1));
                    }
                }
            }
            lines.add(new Line(List.of(), 10, false, false));
        }
        lines.add(header());
        List<ChronologyEvent> all = new ArrayList<>(chronology.events());
        all.addAll(chronology.undated());
        for (ChronologyEvent event : all) {
            lines.addAll(row(event, chronology.inConflict(event), fonts));
        }
        if (all.isEmpty()) {
            lines.add(single(LEFT, text.get("chronology.none"), false, SIZE, LINE));
        }
        return lines;
    }

    private Line header() {
        String[] heads = {text.get("chronology.col.date"), text.get("chronology.col.event"), text.get("chronology.col.person"),
                text.get("chronology.col.source")};
        List<Piece> pieces = new ArrayList<>();
        for (int c = 0; c < heads.length; c++) {
            pieces.add(new Piece(COLUMN_X[c], heads[c], true, SIZE));
        }
        return new Line(pieces, LINE + 6, true, true);
    }

    /** One event over as many lines as its longest column needs. */
    private List<Line> row(ChronologyEvent event, boolean conflicting, PdfFonts fonts) throws IOException {
        String what = text.kind(event.kind()) + (conflicting ? " " + text.get("chronology.pdf.disagrees") : "");
        List<List<String>> columns = List.of(
                fonts.wrap(fonts.regular, text.date(event), SIZE, COLUMN_W[0]),
                fonts.wrap(fonts.regular, what, SIZE, COLUMN_W[1]),
                fonts.wrap(fonts.regular, text.person(event), SIZE, COLUMN_W[2]),
                source(event, fonts));
        int height = columns.stream().mapToInt(List::size).max().orElse(1);
        List<Line> lines = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            List<Piece> pieces = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (l < columns.get(c).size()) {
                    pieces.add(new Piece(COLUMN_X[c], columns.get(c).get(l), c == 0 && l == 0, SIZE));
                }
            }
            lines.add(new Line(pieces, l == 0 ? LINE + 4 : LINE, false, l < height - 1));
        }
        return lines;
    }

    private List<String> source(ChronologyEvent event, PdfFonts fonts) throws IOException {
        List<String> lines = new ArrayList<>(fonts.wrap(fonts.regular, text.source(event), SIZE, COLUMN_W[3]));
        String words = text.words(event);
        if (!words.isEmpty()) {
            lines.addAll(fonts.wrap(fonts.regular, words, SIZE, COLUMN_W[3]));
        }
        return lines;
    }

    private static Line single(float x, String value, boolean bold, float size, float height) {
        return new Line(List.of(new Piece(x, value, bold, size)), height, false, false);
    }

    /** Lines onto pages; a row's lines stay together, and a page that starts mid-table repeats the column heads. */
    private static List<List<Line>> paginate(List<Line> lines) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        float room = TOP - BOTTOM;
        Line header = null;
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            float block = lines.get(i).height();
            while (lines.get(end).keepWithNext() && end + 1 < lines.size()) {
                end++;
                block += lines.get(end).height();
            }
            if (block > room && !current.isEmpty()) {
                pages.add(current);
                current = new ArrayList<>();
                room = TOP - BOTTOM;
                if (header != null) {
                    current.add(header);
                    room -= header.height();
                }
            }
            for (int j = i; j <= end; j++) {
                current.add(lines.get(j));
                room -= lines.get(j).height();
                if (lines.get(j).rule()) {
                    header = lines.get(j);
                }
            }
            i = end + 1;
        }
        pages.add(current);
        return pages;
    }

    private void draw(PDDocument out, PdfFonts fonts, List<Line> lines, int number, int total) throws IOException {
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        out.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
            float y = TOP;
            for (Line line : lines) {
                float baseline = y - line.height() + 3;
                for (Piece piece : line.pieces()) {
                    fonts.show(cs, piece.bold(), piece.size(), piece.x(), baseline, fonts.safe(fonts.regular, piece.text()));
                }
                if (line.rule()) {
                    cs.moveTo(LEFT, baseline - 3);
                    cs.lineTo(RIGHT, baseline - 3);
                    cs.stroke();
                }
                y -= line.height();
            }
            String foot = text.get("chronology.pdf.page", number, total);
            float width = fonts.width(fonts.regular, fonts.safe(fonts.regular, foot), 8);
            fonts.show(cs, false, 8, (WIDTH - width) / 2, 30, foot);
        }
    }
}
