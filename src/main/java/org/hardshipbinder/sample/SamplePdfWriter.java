package org.hardshipbinder.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a born-digital letter-size PDF with a real text layer, wrapping lines and adding pages as needed. */
final class SamplePdfWriter {

    private static final float MARGIN = 72;
    private static final float SIZE = 11.5f;
    private static final float LEADING = 16;
    private static final int WRAP = 88;

    void write(List<String> lines, Path target) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument pdf = new PDDocument()) {
            PDRectangle letter = PDRectangle.LETTER;
            PDPageContentStream stream = null;
            float y = 0;
            boolean first = true;
            for (String line : wrap(lines)) {
                if (stream == null || y < MARGIN) {
                    if (stream != null) {
                        stream.endText();
                        stream.close();
                    }
                    PDPage page = new PDPage(letter);
                    pdf.addPage(page);
                    stream = new PDPageContentStream(pdf, page);
                    stream.beginText();
                    y = letter.getHeight() - MARGIN;
                    stream.newLineAtOffset(MARGIN, y);
                }
                stream.setFont(first ? bold : regular, first ? SIZE + 3 : SIZE);
                stream.showText(line);
                stream.newLineAtOffset(0, -LEADING);
                y -= LEADING;
                first = false;
            }
            if (stream != null) {
                stream.endText();
                stream.close();
            }
            pdf.save(target.toFile());
        }
    }

    static List<String> wrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (rest.length() > WRAP) {
                int cut = rest.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        return out;
    }
}
