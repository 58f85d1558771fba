package org.hardshipbinder.binder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The binder's font: Liberation Sans (shipped inside PDFBox), embedded as a subset, for every word the binder
 * prints and for the invisible OCR text. Bold is the same font filled and stroked, so no system font is ever looked
 * up (a standard-14 font would make PDFBox scan the machine's fonts). Characters the font cannot show become '?',
 * so an odd character never stops a binder. The printable chronology uses it too, so both read alike.
 */
public final class PdfFonts {

    private static final String LIBERATION = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    public final PDFont regular;
    private static byte[] fontBytes;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    private PdfFonts(PDFont regular) {
        this.regular = regular;
    }

    public static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(PDType0Font.load(document, new ByteArrayInputStream(fontWithoutGsub()), true));
    }

    /**
     * The font's bytes with its GSUB table hidden (its tag renamed). PDFBox applies GSUB rules on every showText,
     * compiling regular expressions each time, which made the OCR text layer 20 times slower than everything else;
     * the binder needs no ligatures or contextual forms, and plain glyphs keep the text layer searchable as typed.
     */
    private static synchronized byte[] fontWithoutGsub() throws IOException {
        if (fontBytes == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(LIBERATION)) {
                if (in == null) {
                    throw new IOException("the binder font is missing from the application");
                }
                byte[] bytes = in.readAllBytes();
                ByteBuffer table = ByteBuffer.wrap(bytes);
                int tables = table.getShort(4) & 0xffff;
                for (int i = 0; i < tables; i++) {
                    int at = 12 + 16 * i;
                    if (bytes[at] == 'G' && bytes[at + 1] == 'S' && bytes[at + 2] == 'U' && bytes[at + 3] == 'B') {
                        bytes[at + 3] = 'X';
                    }
                }
                fontBytes = bytes;
            }
        }
        return fontBytes;
    }

    /** Shows one line of text; bold text is stroked as well as filled. */
    public void show(PDPageContentStream cs, boolean bold, float size, float x, float y, String text) throws IOException {
        String safeText = safe(regular, text);
        if (safeText.isBlank()) {
            return;
        }
        cs.beginText();
        cs.setFont(regular, size);
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL_STROKE);
            cs.setLineWidth(size * 0.035f);
        }
        cs.newLineAtOffset(x, y);
        cs.showText(safeText);
        if (bold) {
            cs.setRenderingMode(RenderingMode.FILL);
        }
        cs.endText();
    }

    /** The text with every character the font cannot show replaced; control characters become spaces. */
    public String safe(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    public float width(PDFont font, String safeText, float size) throws IOException {
        return font.getStringWidth(safeText) / 1000f * size;
    }

    /** Breaks text into lines no wider than {@code width}; a word longer than a line is cut. */
    public List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : safe(font, paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, word, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, word.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
