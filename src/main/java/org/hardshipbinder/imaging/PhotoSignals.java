package org.hardshipbinder.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.png.PngDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * What an image file says about where it came from: a camera (EXIF make, model or capture time) and a resolution
 * stated as a scanner states it (150 dpi or more). Messaging apps strip both; scanners state a resolution and no
 * camera. File names say nothing reliable and are not looked at.
 */
public record PhotoSignals(boolean camera, boolean scannerResolution) {

    /** Nothing known: an image decoded from memory. */
    public static final PhotoSignals UNKNOWN = new PhotoSignals(false, false);

    static final double SCANNER_DPI = 150;

    public static PhotoSignals of(Path file) {
        try {
            return of(ImageMetadataReader.readMetadata(file.toFile()));
        } catch (Exception e) {
            // Unreadable metadata is common in images passed through apps; the picture itself still decides.
            return UNKNOWN;
        }
    }

    /** The signals of an image read from a stream (an original in the vault, never copied to disk). */
    public static PhotoSignals of(InputStream in) {
        try {
            return of(ImageMetadataReader.readMetadata(in));
        } catch (Exception e) {
            return UNKNOWN;
        }
    }

    private static PhotoSignals of(Metadata metadata) throws IOException {
        return new PhotoSignals(camera(metadata), dpi(metadata) >= SCANNER_DPI);
    }

    private static boolean camera(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        return (ifd0 != null && (ifd0.containsTag(ExifIFD0Directory.TAG_MAKE) || ifd0.containsTag(ExifIFD0Directory.TAG_MODEL)))
                || (sub != null && sub.containsTag(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
    }

    /** The stated horizontal resolution in dots per inch; 0 when none is stated. */
    private static double dpi(Metadata metadata) throws IOException {
        try {
            JfifDirectory jfif = metadata.getFirstDirectoryOfType(JfifDirectory.class);
            if (jfif != null && jfif.containsTag(JfifDirectory.TAG_RESX) && jfif.containsTag(JfifDirectory.TAG_UNITS)) {
                int units = jfif.getInt(JfifDirectory.TAG_UNITS);
                double value = jfif.getInt(JfifDirectory.TAG_RESX);
                return units == 1 ? value : units == 2 ? value * 2.54 : 0;
            }
            PngDirectory png = pngPhysical(metadata);
            if (png != null && png.getInt(PngDirectory.TAG_UNIT_SPECIFIER) == 1) {
                return png.getInt(PngDirectory.TAG_PIXELS_PER_UNIT_X) * 0.0254;
            }
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_X_RESOLUTION)) {
                int unit = ifd0.containsTag(ExifIFD0Directory.TAG_RESOLUTION_UNIT)
                        ? ifd0.getInt(ExifIFD0Directory.TAG_RESOLUTION_UNIT) : 2;
                double value = ifd0.getDouble(ExifIFD0Directory.TAG_X_RESOLUTION);
                return unit == 2 ? value : unit == 3 ? value * 2.54 : 0;
            }
        } catch (com.drew.metadata.MetadataException e) {
            return 0;
        }
        return 0;
    }

    private static PngDirectory pngPhysical(Metadata metadata) {
        for (Directory d : metadata.getDirectoriesOfType(PngDirectory.class)) {
            if (d.containsTag(PngDirectory.TAG_UNIT_SPECIFIER) && d.containsTag(PngDirectory.TAG_PIXELS_PER_UNIT_X)) {
                return (PngDirectory) d;
            }
        }
        return null;
    }
}
