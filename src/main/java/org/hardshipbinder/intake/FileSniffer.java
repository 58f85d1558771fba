package org.hardshipbinder.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.UserMessage;

/** Recognizes a file by its content (magic bytes), never by its extension. */
public final class FileSniffer {

    private static final int HEAD = 1024;

    public Sniffed sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return sniff(head);
    }

    Sniffed sniff(byte[] h) {
        String ascii = new String(h, StandardCharsets.ISO_8859_1);
        if (ascii.contains("%PDF-")) {
            return supported(MediaType.PDF);
        }
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return supported(MediaType.PNG);
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return supported(MediaType.JPEG);
        }
        if (startsWith(h, 'I', 'I', 42, 0) || startsWith(h, 'M', 'M', 0, 42) || startsWith(h, 'I', 'I', 43, 0)) {
            return supported(MediaType.TIFF);
        }
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return supported(MediaType.GIF);
        }
        if (ascii.startsWith("BM") && h.length > 14) {
            return supported(MediaType.BMP);
        }
        if (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8)) {
            return supported(MediaType.WEBP);
        }
        if (h.length > 2 && h[0] == 'P' && h[1] >= '1' && h[1] <= '6' && Character.isWhitespace(h[2])) {
            return supported(MediaType.PNM);
        }
        if (startsWith(h, 'P', 'K', 3, 4)) {
            return unsupported(ascii.contains("opendocument") || ascii.contains("word/") || ascii.contains("[Content_Types]")
                    ? "intake.rejected.office" : "intake.rejected.zip");
        }
        if (ascii.startsWith("ftyp", 4) && (ascii.startsWith("heic", 8) || ascii.startsWith("heix", 8)
                || ascii.startsWith("mif1", 8) || ascii.startsWith("msf1", 8) || ascii.startsWith("avif", 8))) {
            return unsupported("intake.rejected.heic");
        }
        return unsupported("intake.rejected.unknownType");
    }

    private static Sniffed supported(MediaType type) {
        return new Sniffed.Supported(type);
    }

    private static Sniffed unsupported(String key) {
        return new Sniffed.Unsupported(UserMessage.of(key));
    }

    private static boolean startsWith(byte[] h, int... expected) {
        if (h.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((h[i] & 0xff) != (expected[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }
}
