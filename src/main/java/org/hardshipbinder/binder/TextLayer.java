package org.hardshipbinder.binder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hardshipbinder.model.Word;

/**
 * The invisible text of a scanned page: each OCR word drawn in render mode "neither" over where it appears, sized
 * to its box, so the binder can be searched and text selected without changing how the page looks.
 *
 * <p>A page's words are encoded here into one content stream of their own (font and size, horizontal scaling, text
 * matrix, glyph codes), appended after the page's drawing, with each character's code and width looked up once per
 * binder: going through PDFBox's {@code setFont}/{@code showText} for every word made the text layer the largest
 * share of a binder's build time.
 */
final class TextLayer {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final PdfFonts fonts;
    private final Map<Integer, Glyph> glyphs = new HashMap<>();

    TextLayer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Appends the words as one more content stream of {@code page}, after what the page already draws. */
    void append(PDDocument document, PDPage page, LetterPage.Placement p, List<Word> words) throws IOException {
        if (words.isEmpty()) {
            return;
        }
        PDResources resources = page.getResources();
        if (resources == null) {
            resources = new PDResources();
            page.setResources(resources);
        }
        String font = "/" + resources.add(fonts.regular).getName() + " ";
        byte[] operators = encode(p, words, font);
        PDStream stream = new PDStream(document);
        // Deflated at the fastest level rather than PDFBox's default: its deflate was 5 % of a build's samples, and
        // the few extra bytes are a tiny share of a scanned page.
        stream.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream deflated = new DeflaterOutputStream(stream.getCOSObject().createRawOutputStream(), deflater,
                8192)) {
            deflated.write(operators);
        } finally {
            deflater.end();
        }
        List<PDStream> contents = new ArrayList<>();
        page.getContentStreams().forEachRemaining(contents::add);
        contents.add(stream);
        page.setContents(contents);
    }

    private byte[] encode(LetterPage.Placement p, List<Word> words, String font) {
        double pageW = p.uprightWidth() * p.scale();
        double pageH = p.uprightHeight() * p.scale();
        // The rendering mode and scaling are graphics state that outlives ET: keep them from reaching the stamp.
        StringBuilder ops = new StringBuilder(64 * words.size()).append("q\nBT\n3 Tr\n");
        for (Word word : words) {
            String text = fonts.safe(fonts.regular, word.text()).strip();
            float height = (float) (word.height() * pageH);
            float width = (float) (word.width() * pageW);
            if (text.isEmpty() || height <= 0.5f || width <= 0.5f) {
                continue;
            }
            float natural = naturalWidth(text) / 1000f * height;
            if (natural <= 0) {
                continue;
            }
            float x = (float) (p.x() + word.x() * pageW);
            float y = (float) (p.y() + (1 - word.y() - word.height()) * pageH + height * 0.2f);
            ops.append(font);
            number(ops, height).append(" Tf\n");
            number(ops, width / natural * 100f).append(" Tz\n1 0 0 1 ");
            number(ops, x).append(' ');
            number(ops, y).append(" Tm\n<");
            text.codePoints().forEach(cp -> hex(ops, glyph(cp).code()));
            ops.append("> Tj\n");
        }
        ops.append("ET\nQ\n");
        return ops.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The text's width at size 1000, summed glyph by glyph in order, as {@link PDFont#getStringWidth} does. */
    private float naturalWidth(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += glyph(cp).width();
            i += Character.charCount(cp);
        }
        return width;
    }

    private Glyph glyph(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, this::encode);
    }

    private Glyph encode(int codePoint) {
        PDFont font = fonts.regular;
        String text = new String(Character.toChars(codePoint));
        try {
            if (font instanceof PDType0Font type0 && type0.willBeSubset()) {
                type0.addToSubset(codePoint);
            }
            return new Glyph(font.encode(text), font.getStringWidth(text));
        } catch (IOException e) {
            // safe() only lets through characters the font encodes.
            throw new IllegalStateException(e);
        }
    }

    private static void hex(StringBuilder out, byte[] bytes) {
        for (byte b : bytes) {
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
    }

    /** A number as content-stream operand: plain decimal, at most five fraction digits, no trailing zeros. */
    static StringBuilder number(StringBuilder out, float value) {
        long scaled = Math.round((double) value * 100_000);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 100_000);
        long fraction = scaled % 100_000;
        if (fraction != 0) {
            int digits = 5;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String f = Long.toString(fraction);
            for (int i = f.length(); i < digits; i++) {
                out.append('0');
            }
            out.append(f);
        }
        return out;
    }

    private record Glyph(byte[] code, float width) {
    }
}
