package org.hardshipbinder.imaging;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Direct access to 0xRRGGBB pixels: {@code getRGB} converts pixel by pixel and was most of a clean-up's time. */
final class Pixels {

    private Pixels() {
    }

    /** The pixels of an INT_RGB image, live (writing them changes the image). */
    static int[] of(BufferedImage intRgb) {
        return ((DataBufferInt) intRgb.getRaster().getDataBuffer()).getData();
    }

    /** The image's pixels as 0xRRGGBB, converted once in bulk when the image is of another type. */
    static int[] rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return of(image);
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return of(copy);
    }
}
