package org.hardshipbinder.ocr;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hardshipbinder.model.Word;

/**
 * Extracts a PDF page's own text with word boxes (from PDFBox's glyph positions, already turned by the page's
 * rotation) and judges whether it is usable: enough real characters and little that PDFBox could not map to Unicode.
 */
final class TextLayerReader extends PDFTextStripper {

    static final int MIN_LETTERS = 10;
    static final double MAX_UNMAPPED_SHARE = 0.1;

    record Layer(String text, List<Word> words, boolean usable) {
    }

    private final List<Word> words = new ArrayList<>();
    private final float width;
    private final float height;

    private TextLayerReader(PDPage page) {
        boolean sideways = page.getRotation() % 180 != 0;
        this.width = sideways ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
        this.height = sideways ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
        setSortByPosition(true);
    }

    static Layer read(PDDocument document, PDPage page, int number) throws IOException {
        TextLayerReader reader = new TextLayerReader(page);
        reader.setStartPage(number);
        reader.setEndPage(number);
        StringWriter out = new StringWriter();
        reader.writeText(document, out);
        String text = out.toString().strip();
        return new Layer(text, reader.words, usable(text));
    }

    static boolean usable(String text) {
        int letters = 0;
        int unmapped = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                letters++;
            } else if (cp == 0xFFFD || Character.getType(cp) == Character.PRIVATE_USE
                    || (Character.isISOControl(cp) && !Character.isWhitespace(cp))) {
                unmapped++;
            }
        }
        return letters >= MIN_LETTERS && unmapped <= MAX_UNMAPPED_SHARE * (letters + unmapped);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(text, positions);
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                addWord(word);
                word.clear();
            } else {
                word.add(p);
            }
        }
        addWord(word);
    }

    private void addWord(List<TextPosition> glyphs) {
        if (glyphs.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (TextPosition g : glyphs) {
            text.append(g.getUnicode());
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
        }
        words.add(new Word(text.toString(), clamp(left / width), clamp(top / height),
                clamp((right - left) / width), clamp((bottom - top) / height), 100));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
