package org.hardshipbinder.imaging;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** An image's brightness, 0..255 per pixel, optionally shrunk by averaging blocks of pixels. */
record Luma(int width, int height, float[] values) {

    float at(int x, int y) {
        return values[y * width + x];
    }

    /** Bilinear brightness at a point in pixel-centre coordinates; NaN outside the image. */
    double sample(double x, double y) {
        double fx = x - 0.5;
        double fy = y - 0.5;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
            return Double.NaN;
        }
        double ax = fx - x0;
        double ay = fy - y0;
        double top = at(x0, y0) * (1 - ax) + at(x0 + 1, y0) * ax;
        double bottom = at(x0, y0 + 1) * (1 - ax) + at(x0 + 1, y0 + 1) * ax;
        return top * (1 - ay) + bottom * ay;
    }

    static Luma of(BufferedImage image, double factor) {
        BufferedImage gray = gray(image);
        byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        float[] values = new float[w * h];
        for (int i = 0; i < values.length; i++) {
            values[i] = pixels[i] & 0xff;
        }
        return new Luma(w, h, values).shrunk(factor);
    }

    /** A copy {@code factor} times the size (&lt; 1), each pixel the mean of the block it covers. */
    Luma shrunk(double factor) {
        if (factor >= 1) {
            return this;
        }
        int w = width;
        int h = height;
        int sw = Math.max(1, (int) Math.round(w * factor));
        int sh = Math.max(1, (int) Math.round(h * factor));
        float[] sums = new float[sw * sh];
        int[] counts = new int[sw * sh];
        for (int y = 0; y < h; y++) {
            int row = Math.min(sh - 1, (int) (y * factor)) * sw;
            for (int x = 0; x < w; x++) {
                int cell = row + Math.min(sw - 1, (int) (x * factor));
                sums[cell] += values[y * w + x];
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= Math.max(1, counts[i]);
        }
        return new Luma(sw, sh, sums);
    }

    static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }
}
