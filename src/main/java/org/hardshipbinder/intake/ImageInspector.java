package org.hardshipbinder.intake;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.hardshipbinder.model.PageGeometry;
import org.hardshipbinder.model.UserMessage;
import org.w3c.dom.NodeList;

/**
 * Opens an image (every frame of a multi-page TIFF), decodes each frame once to catch cut-short files, and reads the
 * EXIF orientation so phone photos are shown the right way up.
 */
public final class ImageInspector implements PageInspector {

    /** Larger frames are refused: decoding them would take more memory than a laptop should give one page. */
    static final long MAX_PIXELS = 150_000_000L;
    static final double ASSUMED_DPI = 200;

    @Override
    public Inspection inspect(Path file, ImportOptions options) {
        int rotation = exifRotation(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return refused("intake.rejected.unknownType");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                AtomicBoolean cutShort = new AtomicBoolean();
                reader.addIIOReadWarningListener(warnings(cutShort));
                List<PageGeometry> pages = new ArrayList<>();
                for (int i = 0; hasFrame(reader, i); i++) {
                    if (i == MAX_PAGES) {
                        return refused("intake.rejected.tooManyPages", MAX_PAGES);
                    }
                    int width = reader.getWidth(i);
                    int height = reader.getHeight(i);
                    if ((long) width * height > MAX_PIXELS) {
                        return refused("intake.rejected.imageTooLarge", width, height);
                    }
                    double dpi = dpi(reader, i);
                    reader.read(i).flush();
                    if (cutShort.get()) {
                        return refused("intake.rejected.truncatedImage");
                    }
                    pages.add(new PageGeometry(width * 72.0 / dpi, height * 72.0 / dpi, rotation));
                }
                return pages.isEmpty() ? refused("intake.rejected.damagedImage", "no image inside")
                        : new Inspection.Pages(pages, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return refused("intake.rejected.damagedImage", PdfInspector.brief(e));
        } catch (OutOfMemoryError e) {
            return refused("intake.rejected.damagedImage", "too large to open");
        }
    }

    private static boolean hasFrame(ImageReader reader, int index) throws IOException {
        // Ask for the frame count when it is cheap: some readers (jai-imageio's PNM) fail with a RuntimeException,
        // not IndexOutOfBoundsException, when asked about a frame past the end.
        int known = reader.getNumImages(false);
        if (known >= 0) {
            return index < known;
        }
        try {
            reader.getWidth(index);
            return true;
        } catch (IndexOutOfBoundsException e) {
            return false;
        }
    }

    private static IIOReadWarningListener warnings(AtomicBoolean cutShort) {
        return (source, warning) -> {
            String w = warning == null ? "" : warning.toLowerCase(java.util.Locale.ROOT);
            if (w.contains("premature") || w.contains("truncat") || w.contains("end of") || w.contains("corrupt")) {
                cutShort.set(true);
            }
        };
    }

    /** The resolution stored in the image, or an assumption when it is missing or implausible (e.g. 28 dpi). */
    private static double dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata != null && metadata.isStandardMetadataFormatSupported()) {
                NodeList nodes = ((org.w3c.dom.Element) metadata.getAsTree("javax_imageio_1.0"))
                        .getElementsByTagName("HorizontalPixelSize");
                if (nodes.getLength() > 0) {
                    double mmPerPixel = Double.parseDouble(((org.w3c.dom.Element) nodes.item(0)).getAttribute("value"));
                    double dpi = 25.4 / mmPerPixel;
                    if (dpi >= 70 && dpi <= 2400) {
                        return dpi;
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // A missing or odd resolution is common; the assumption below is fine for page layout.
        }
        return ASSUMED_DPI;
    }

    /** Clockwise degrees that make the photo upright, from EXIF orientation 3, 6 and 8 (mirrored forms ignored). */
    static int exifRotation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 0;
            }
            return switch (exif.getInt(ExifIFD0Directory.TAG_ORIENTATION)) {
                case 3, 4 -> 180;
                case 6, 5 -> 90;
                case 8, 7 -> 270;
                default -> 0;
            };
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return 0;
        }
    }

    private static Inspection refused(String key, Object... args) {
        return new Inspection.Refused(UserMessage.of(key, args));
    }
}
