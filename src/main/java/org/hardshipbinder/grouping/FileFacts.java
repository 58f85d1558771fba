package org.hardshipbinder.grouping;

import java.time.LocalDateTime;
import java.util.List;
import org.hardshipbinder.model.MediaType;

/**
 * One imported document as the grouping rules see it: its file name, kind, when it was taken (from the camera's EXIF
 * or a time stamp in the file name; null when unknown) and its pages in order.
 */
public record FileFacts(long documentId, String fileName, MediaType mediaType, LocalDateTime takenAt,
                        List<PageFacts> pages) {

    public FileFacts {
        pages = List.copyOf(pages);
    }

    public boolean isImage() {
        return mediaType != null && mediaType.isImage();
    }
}
