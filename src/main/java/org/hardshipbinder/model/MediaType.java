package org.hardshipbinder.model;

/** The kinds of file the app accepts, recognized by content rather than by extension. */
public enum MediaType {
    PDF("application/pdf", false),
    PNG("image/png", true),
    JPEG("image/jpeg", true),
    TIFF("image/tiff", true),
    GIF("image/gif", true),
    BMP("image/bmp", true),
    WEBP("image/webp", true),
    PNM("image/x-portable-anymap", true);

    private final String mime;
    private final boolean image;

    MediaType(String mime, boolean image) {
        this.mime = mime;
        this.image = image;
    }

    public String mime() {
        return mime;
    }

    public boolean isImage() {
        return image;
    }
}
