package org.hardshipbinder.ocr;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
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

    PdfPages(Path file, String password) throws IOException {
        this.document = password == null ? Loader.loadPDF(file.toFile()) : Loader.loadPDF(file.toFile(), password);
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
