package org.hardshipbinder.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.hardshipbinder.imaging.PhotoCleaner;
import org.hardshipbinder.imaging.PhotoSignals;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.PageImageRepository;

/**
 * The image a photographed page is read from: its cleaned image when it has one in use; made now (and stored beside
 * the original) the first time the page is read; the original when the user went back to it or it is no photo.
 */
final class PagePhotos {

    static final float JPEG_QUALITY = 0.85f;

    private final PageImageRepository store;
    private final PhotoCleaner cleaner;

    PagePhotos(PageImageRepository store, PhotoCleaner cleaner) {
        this.store = store;
        this.cleaner = cleaner;
    }

    /** {@code upright}: the page as its file's rotation shows it; {@code signals}: what the original's metadata says. */
    BufferedImage toRead(Page page, BufferedImage upright, PhotoSignals signals) throws IOException {
        Optional<CleanedImage> known = store.cleaned(page.id());
        if (known.isPresent()) {
            return known.get().inUse() ? ImageIO.read(new ByteArrayInputStream(known.get().jpeg())) : upright;
        }
        Optional<PhotoCleaner.Cleaned> cleaned = cleaner.clean(upright, signals);
        if (cleaned.isEmpty()) {
            return upright;
        }
        BufferedImage image = cleaned.get().image();
        store.saveCleaned(new CleanedImage(page.id(), jpeg(image), image.getWidth(), image.getHeight(),
                cleaned.get().corners().text(), true));
        return image;
    }

    static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
