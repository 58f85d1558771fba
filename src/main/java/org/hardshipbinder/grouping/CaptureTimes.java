package org.hardshipbinder.grouping;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a photo or scan was made: the camera's EXIF "date taken" (local time, as cameras write it), or else the time
 * stamp that phones, messaging apps and scanners put in file names ("IMG_20240803_193022", "photo_2024-10-08_17-42-13",
 * "WhatsApp Image 2024-10-21 at 20.12.30", "Scan 2024-11-03 19.06.55"). Null when neither says.
 */
public final class CaptureTimes {

    private static final DateTimeFormatter EXIF = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final Pattern STAMP = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?:[ _T-]|\\s+at\\s+)?(\\d{2})[-_.:h]?(\\d{2})[-_.:m]?(\\d{2})");

    /** The EXIF capture time of an image, or null (no EXIF, not an image, unreadable). */
    public LocalDateTime fromExif(InputStream image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(image);
            ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            String taken = sub == null ? null : sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
            if (taken == null) {
                ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                taken = ifd0 == null ? null : ifd0.getString(ExifIFD0Directory.TAG_DATETIME);
            }
            return taken == null ? null : LocalDateTime.parse(taken.strip(), EXIF);
        } catch (ImageProcessingException | IOException | DateTimeParseException e) {
            return null;
        }
    }

    /** The time stamp in a file name, or null when it has none that is a real date and time. */
    public static LocalDateTime fromFileName(String fileName) {
        Matcher m = STAMP.matcher(fileName);
        while (m.find()) {
            try {
                return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6)));
            } catch (DateTimeException notADate) {
                // digits that only look like a stamp: try the next match
            }
        }
        return null;
    }
}
