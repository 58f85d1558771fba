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
import org.hardshipbinder.model.Original;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;

/**
 * Draws a page upright at a given width from the vault: a photographed page's cleaned image when it is in use, else
 * the original — PDF pages through PDFBox (subsampling on, so scans draw fast), images through ImageIO with the page's
 * rotation applied — then turned by the turn text recognition found upright. Runs off the UI thread.
 */
public final class PageImages {

    private final OriginalStore originals;
    private final OriginalRepository originalFiles;
    private final PageImageRepository pageImages;

    public PageImages(OriginalStore originals, OriginalRepository originalFiles, PageImageRepository pageImages) {
        this.originals = originals;
        this.originalFiles = originalFiles;
        this.pageImages = pageImages;
    }

    /** The page as it goes into the binder: cleaned when it is a cleaned photo, turned the way it reads. */
    public BufferedImage render(Document document, Page page, int widthPx) throws IOException {
        int turn = turn(page);
        Optional<CleanedImage> cleaned = pageImages.cleanedInUse(page.id());
        if (cleaned.isPresent()) {
            return scale(rotate(ImageIO.read(new ByteArrayInputStream(cleaned.get().jpeg())), turn), widthPx);
        }
        return renderOriginal(page, widthPx, turn);
    }

    /** The page as its original file shows it (only its own rotation and the page's turn applied). */
    public BufferedImage renderOriginal(Document document, Page page, int widthPx) throws IOException {
        return renderOriginal(page, widthPx, turn(page));
    }

    /** The user's own turn wins over the one text recognition found upright. */
    private int turn(Page page) {
        return page.turn() != null ? page.turn() : pageImages.detectedRotation(page.id());
    }

    private BufferedImage renderOriginal(Page page, int widthPx, int turn) throws IOException {
        Original original = originalFiles.find(page.originalId())
                .orElseThrow(() -> new IOException("original " + page.originalId() + " is missing"));
        if (original.mediaType() == MediaType.PDF) {
            return rotate(renderPdf(original, page, widthPx, turn % 180 != 0), turn);
        }
        return scale(rotate(readImage(original, page.originalPage() - 1), page.rotation() + turn), widthPx);
    }

    /** {@code turnedAfter}: the image will be turned a quarter, so its height becomes the width asked for. */
    private BufferedImage renderPdf(Original original, Page page, int widthPx, boolean turnedAfter) throws IOException {
        String password = originalFiles.openPassword(original.id()).orElse("");
        try (InputStream in = originals.open(original.id());
             PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in), password)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            renderer.setSubsamplingAllowed(true);
            boolean sideways = (page.rotation() % 180 != 0) != turnedAfter;
            double uprightWidthPt = sideways ? page.heightPt() : page.widthPt();
            float dpi = (float) Math.max(12, widthPx * 72.0 / Math.max(1, uprightWidthPt));
            return renderer.renderImageWithDPI(page.originalPage() - 1, dpi, ImageType.RGB);
        }
    }

    private BufferedImage readImage(Original original, int index) throws IOException {
        try (InputStream in = originals.open(original.id());
             ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("no reader for " + original.mediaType());
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
