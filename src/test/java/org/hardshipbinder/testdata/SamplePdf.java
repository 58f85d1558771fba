package org.hardshipbinder.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes a small Letter-size PDF with one page per text, the text drawn in Helvetica. */
public final class SamplePdf {

    private SamplePdf() {
    }

    public static Path write(Path file, List<String> pages) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, 10);
                    out.setLeading(13);
                    out.newLineAtOffset(54, 740);
                    int lines = 0;
                    for (String line : text.split("\n")) {
                        for (String chunk : wrap(line, 95)) {
                            if (lines++ > 52) {
                                break;
                            }
                            out.showText(encodable(font, chunk));
                            out.newLine();
                        }
                    }
                    out.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new java.util.ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    private static String encodable(PDType1Font font, String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            try {
                font.encode(String.valueOf(c));
                s.append(c);
            } catch (IOException | IllegalArgumentException e) {
                s.append('?');
            }
        }
        return s.toString();
    }
}
