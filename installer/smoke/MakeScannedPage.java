import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.*;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Made the smoke test's scanned page, clinic-letter.png: run once with "java MakeScannedPage.java clinic-letter.png";
 * the PNG is committed, so neither the build nor the check runs this.
 *
 * Writes a letter-size, 300-dpi, grayscale "scanned" page with a short English letter on it. */
public class MakeScannedPage {
    public static void main(String[] args) throws Exception {
        int w = 2550, h = 3300; // 8.5 x 11 in at 300 dpi
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Serif", Font.BOLD, 58));
        g.drawString("Riverside Family Clinic", 300, 420);
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, 46));
        String[] lines = {
            "March 3, 2026",
            "",
            "To whom it may concern:",
            "",
            "Maria Lopez has been a patient of this clinic since 2019.",
            "She is treated for asthma and needs an inhaler every day.",
            "Her husband drives her to every appointment and pays",
            "for her medicine. Without him she could not keep her",
            "treatment. Please contact the clinic with any question.",
            "",
            "Sincerely,",
            "",
            "Dr. Helen Okafor, Pulmonologist",
        };
        int y = 640;
        for (String line : lines) {
            g.drawString(line, 300, y);
            y += 80;
        }
        g.dispose();
        // a little scanner noise so it looks like a scan, not a rendering
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 4000; i++) {
            img.getRaster().setSample(random.nextInt(w), random.nextInt(h), 0, 120 + random.nextInt(100));
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(img), param);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs"); // 300 dpi = 11811 pixels per metre
        phys.setAttribute("pixelsPerUnitXAxis", "11811");
        phys.setAttribute("pixelsPerUnitYAxis", "11811");
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0]))) {
            writer.setOutput(out);
            writer.write(new IIOImage(img, null, meta));
        }
    }
}
