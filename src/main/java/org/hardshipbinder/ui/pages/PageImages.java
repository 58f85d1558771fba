package org.hardshipbinder.ui.pages;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;

/**
 * Draws a page upright at a given width from the vault: a photographed page's cleaned image when it is in use, else
 * the original — PDF pages through PDFBox (subsampling on, so scans draw fast), images through ImageIO with the page's
 * rotation applied — then turned by the turn text recognition found upright. Runs off the UI thread.
 */
public final class PageImages {

    private final OriginalStore originals;
    private final DocumentRepository documents;
    private final PageImageRepository pageImages;

    public PageImages(OriginalStore originals, DocumentRepository documents, PageImageRepository pageImages) {
        this.originals = originals;
        this.documents = documents;
        this.pageImages = pageImages;
    }

    /** The page as it goes into the binder: cleaned when it is a cleaned photo, turned the way it reads. */
    public BufferedImage render(Document document, Page page, int widthPx) throws IOException {
        int turn = pageImages.detectedRotation(page.id());
        Optional<CleanedImage> cleaned = pageImages.cleanedInUse(page.id());
        if (cleaned.isPresent()) {
            return scale(rotate(ImageIO.read(new ByteArrayInputStream(cleaned.get().jpeg())), turn), widthPx);
        }
        return renderOriginal(document, page, widthPx, turn);
    }

    /** The page as its original file shows it (only its own rotation and the turn found upright applied). */
    public BufferedImage renderOriginal(Document document, Page page, int widthPx) throws IOException {
        return renderOriginal(document, page, widthPx, pageImages.detectedRotation(page.id()));
    }

    private BufferedImage renderOriginal(Document document, Page page, int widthPx, int turn) throws IOException {
        if (document.mediaType() == MediaType.PDF) {
            return rotate(renderPdf(document, page, widthPx, turn % 180 != 0), turn);
        }
        return scale(rotate(readImage(document, page.number() - 1), page.rotation() + turn), widthPx);
    }

    /** {@code turnedAfter}: the image will be turned a quarter, so its height becomes the width asked for. */
    private BufferedImage renderPdf(Document document, Page page, int widthPx, boolean turnedAfter) throws IOException {
        String password = documents.openPassword(document.id()).orElse("");
        try (InputStream in = originals.open(document.id());
             PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in), password)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            renderer.setSubsamplingAllowed(true);
            boolean sideways = (page.rotation() % 180 != 0) != turnedAfter;
            double uprightWidthPt = sideways ? page.heightPt() : page.widthPt();
            float dpi = (float) Math.max(12, widthPx * 72.0 / Math.max(1, uprightWidthPt));
            return renderer.renderImageWithDPI(page.number() - 1, dpi, ImageType.RGB);
        }
    }

    private BufferedImage readImage(Document document, int index) throws IOException {
        try (InputStream in = originals.open(document.id());
             ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + document.mediaType());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                return reader.read(index);
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage rotate(BufferedImage image, int clockwise) {
        int turns = Math.floorMod(clockwise, 360) / 90;
        if (turns == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = turns % 2 == 1;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        AffineTransform transform = new AffineTransform();
        transform.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        transform.quadrantRotate(turns);
        transform.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, transform, null);
        g.dispose();
        return out;
    }

    static BufferedImage scale(BufferedImage image, int widthPx) {
        if (image.getWidth() <= widthPx) {
            return image;
        }
        int height = Math.max(1, (int) Math.round(image.getHeight() * (double) widthPx / image.getWidth()));
        BufferedImage out = new BufferedImage(widthPx, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, widthPx, height, null);
        g.dispose();
        return out;
    }
}
