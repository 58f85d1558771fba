package org.hardshipbinder.grouping;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;

/** A small JPEG with a camera's "date taken" in its EXIF block (IFD0 DateTime), as phones write it. */
final class ExifJpeg {

    private ExifJpeg() {
    }

    static byte[] taken(LocalDateTime when, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("page", 10, 20);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] app1 = app1(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(when));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(app1);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** APP1 "Exif" with a big-endian TIFF header and one IFD0 entry: tag 0x0132, ASCII, 20 bytes. */
    private static byte[] app1(String stamp) {
        byte[] value = (stamp + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        write(tiff, 'M', 'M', 0, 42, 0, 0, 0, 8); // header, IFD0 at offset 8
        write(tiff, 0, 1); // one entry
        write(tiff, 0x01, 0x32, 0, 2, 0, 0, 0, value.length, 0, 0, 0, 26); // DateTime, ASCII, count, offset 26
        write(tiff, 0, 0, 0, 0); // no next IFD
        tiff.writeBytes(value);
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        write(app1, 0xFF, 0xE1, length >> 8, length & 0xFF);
        app1.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        app1.writeBytes(body);
        return app1.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}
