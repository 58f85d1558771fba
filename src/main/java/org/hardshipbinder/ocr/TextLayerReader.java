package org.hardshipbinder.ocr;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.hardshipbinder.model.Word;

/**
 * Extracts a PDF page's own text with word boxes and judges whether it is usable: enough real characters and little
 * that PDFBox could not map to Unicode. A word's box is where its glyphs are drawn on the page as the renderer shows
 * it: each glyph's cell, from the font's descent to its ascent and as wide as its advance, taken through the glyph's
 * text rendering matrix (so a turned or slanted line counts) into the crop box and then turned by the page's /Rotate.
 * (PDFBox's own glyph heights are half the font's box and stand on the baseline, which highlights words too low and
 * too thin; its direction-adjusted positions are not where the glyphs are on a page turned by /Rotate.)
 */
final class TextLayerReader extends PDFTextStripper {

    static final int MIN_LETTERS = 10;
    static final double MAX_UNMAPPED_SHARE = 0.1;

    record Layer(String text, List<Word> words, boolean usable) {
    }

    /** Used when a font says nothing usable about how far its letters rise above and fall below the baseline. */
    static final float DEFAULT_ASCENT = 0.8f;
    static final float DEFAULT_DESCENT = -0.2f;

    private final List<Word> words = new ArrayList<>();
    private final float cropWidth;
    private final float cropHeight;
    private final int rotation;
    private final float width;
    private final float height;

    private TextLayerReader(PDPage page) {
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        boolean sideways = rotation % 180 != 0;
        this.cropWidth = page.getCropBox().getWidth();
        this.cropHeight = page.getCropBox().getHeight();
        this.width = sideways ? cropHeight : cropWidth;
        this.height = sideways ? cropWidth : cropHeight;
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
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (TextPosition g : glyphs) {
            text.append(g.getUnicode());
            cell(g, box);
        }
        double left = clamp(box[0] / width);
        double top = clamp(box[1] / height);
        words.add(new Word(text.toString(), left, top, clamp(box[2] / width) - left, clamp(box[3] / height) - top, 100));
    }

    /** Grows {@code box} (min x, min y, max x, max y on the page as shown, in points) by the glyph's cell. */
    private void cell(TextPosition glyph, double[] box) {
        Matrix m = glyph.getTextMatrix();
        float scale = m.getScalingFactorX();
        float advance = scale == 0 ? 0 : glyph.getWidthDirAdj() / scale;
        float[] rise = rise(glyph.getFont());
        for (float[] corner : new float[][] {{0, rise[1]}, {advance, rise[1]}, {0, rise[0]}, {advance, rise[0]}}) {
            java.awt.geom.Point2D.Float onPage = m.transformPoint(corner[0], corner[1]);
            double x = onPage.x;
            double y = cropHeight - onPage.y; // from the top of the crop box, as the renderer draws it
            double shownX = switch (rotation) {
                case 90 -> cropHeight - y;
                case 180 -> cropWidth - x;
                case 270 -> y;
                default -> x;
            };
            double shownY = switch (rotation) {
                case 90 -> x;
                case 180 -> cropHeight - y;
                case 270 -> cropWidth - x;
                default -> y;
            };
            box[0] = Math.min(box[0], shownX);
            box[1] = Math.min(box[1], shownY);
            box[2] = Math.max(box[2], shownX);
            box[3] = Math.max(box[3], shownY);
        }
    }

    /** The font's ascent and descent as fractions of its size: its descriptor's, else its box's, else usual values. */
    static float[] rise(PDFont font) {
        float ascent = 0;
        float descent = 0;
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        if (descriptor != null) {
            ascent = descriptor.getAscent() / 1000;
            descent = descriptor.getDescent() / 1000;
        }
        if ((ascent <= 0.3f || ascent > 1.5f) && font != null) {
            try {
                ascent = font.getBoundingBox().getUpperRightY() / 1000;
                descent = font.getBoundingBox().getLowerLeftY() / 1000;
            } catch (IOException | RuntimeException unreadable) {
                ascent = 0;
            }
        }
        if (ascent <= 0.3f || ascent > 1.5f) {
            ascent = DEFAULT_ASCENT;
        }
        if (descent >= 0 || descent < -0.6f) {
            descent = DEFAULT_DESCENT;
        }
        return new float[] {ascent, descent};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
