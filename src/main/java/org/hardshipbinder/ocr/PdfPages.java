package org.hardshipbinder.ocr;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The pages of one PDF, opened once per worker: text layer when usable, else a 300-dpi grayscale rendering. */
final class PdfPages implements AutoCloseable {

    static final int DPI = 300;
    /** Huge pages are rendered at a lower resolution so that no side exceeds this many pixels. */
    static final int MAX_SIDE_PX = 6000;

    private final PDDocument document;
    private final PDFRenderer renderer;

    /** {@code cache}: where PDFBox's buffers spill (sealed for an encrypted vault). */
    PdfPages(RandomAccessRead source, String password, StreamCacheCreateFunction cache) throws IOException {
        this.document = Loader.loadPDF(source, password, null, null, cache);
        this.renderer = new PDFRenderer(document);
    }

    /** Page {@code number} of the PDF, a scan turned a further {@code userTurn} degrees clockwise when the user did. */
    PageInput read(int number, int userTurn) throws IOException {
        PDPage page = document.getPage(number - 1);
        TextLayerReader.Layer layer = TextLayerReader.read(document, page, number);
        if (layer.usable()) {
            return new PageInput.TextLayer(layer.text(), layer.words());
        }
        float longestPt = Math.max(page.getCropBox().getWidth(), page.getCropBox().getHeight());
        int dpi = (int) Math.min(DPI, MAX_SIDE_PX * 72.0 / Math.max(1, longestPt));
        return new PageInput.Scan(GrayImages.quarterTurns(
                GrayImages.toGray(renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY)), userTurn), dpi);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
