package org.hardshipbinder.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Image steps before recognition: flatten to gray on white, turn by quarter turns, scale, small rotations. */
final class GrayImages {

    private GrayImages() {
    }

    /** An 8-bit gray copy; transparent areas become white (scans with an alpha channel read as black otherwise). */
    static BufferedImage toGray(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_BYTE_GRAY && !source.getColorModel().hasAlpha()) {
            return source;
        }
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /** Turns the image clockwise by 0, 90, 180 or 270 degrees. */
    static BufferedImage quarterTurns(BufferedImage image, int clockwiseDegrees) {
        int degrees = ((clockwiseDegrees % 360) + 360) % 360;
        if (degrees == 0) {
            return image;
        }
        boolean swap = degrees == 90 || degrees == 270;
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        AffineTransform t = new AffineTransform();
        switch (degrees) {
            case 90 -> t.translate(h, 0);
            case 180 -> t.translate(w, h);
            default -> t.translate(0, w);
        }
        t.rotate(Math.toRadians(degrees));
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** Turns the image clockwise by quarter turns keeping its colours (a photo is cleaned in colour). */
    static BufferedImage quarterTurnsKeepingColour(BufferedImage image, int clockwiseDegrees) {
        int degrees = ((clockwiseDegrees % 360) + 360) % 360;
        if (degrees == 0) {
            return image;
        }
        boolean swap = degrees == 90 || degrees == 270;
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        AffineTransform t = new AffineTransform();
        t.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        t.quadrantRotate(degrees / 90);
        t.translate(-w / 2.0, -h / 2.0);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** Scales by {@code factor} (&lt; 1 shrinks) with area-averaging quality. */
    static BufferedImage scale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }

    /** Rotates by a small angle around the centre, keeping the size; uncovered corners become white. */
    static BufferedImage rotate(BufferedImage image, double degrees) {
        BufferedImage rotated = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = rotated.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rotated;
    }
}
