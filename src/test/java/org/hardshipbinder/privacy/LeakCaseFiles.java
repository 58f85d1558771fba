package org.hardshipbinder.privacy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.hardshipbinder.testdata.SamplePdf;

/**
 * A small waiver case as a family hands it over: a typed declaration (a PDF with a text layer), a clinic letter (a
 * typed page, then a scanned one), a photographed notice (PNG) and a two-page scanned school record (TIFF), all
 * naming the family.
 */
final class LeakCaseFiles {

    static final String APPLICANT = "Teodomiro Villaseñor Quispe";
    static final String SPOUSE = "Eufrosina Anzoátegui Ferreira";
    static final String CHILD = "Brunilda Villaseñor Anzoátegui";

    /** Names and phrases that occur in the documents (or are the people): none may be found outside the vault. */
    static final List<String> NEEDLES = List.of(APPLICANT, SPOUSE, CHILD, "Teodomiro", "Villaseñor", "Anzoátegui",
            "Brunilda", "Eufrosina", "Quispe", "hemodialysis three times a week", "Ciudad Obregón",
            "tortilleria on Calle Zaragoza", "Escuela Primaria Netzahualcoyotl", "transplant waiting list",
            "Lakeshore Renal Associates");

    private LeakCaseFiles() {
    }

    static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        files.add(SamplePdf.write(folder.resolve("declaration.pdf"), List.of("""
                DECLARATION OF EUFROSINA ANZOATEGUI FERREIRA
                I, Eufrosina Anzoátegui Ferreira, declare as follows. I was born on March 3, 1990, in Tucson, Arizona.
                I married Teodomiro Villaseñor Quispe on June 14, 2014, in Ciudad Obregón, Sonora.
                Our daughter, Brunilda Villaseñor Anzoátegui, was born on October 9, 2016.""", """
                Since 2021 I receive hemodialysis three times a week at Lakeshore Renal Associates
                and I am on the transplant waiting list. My husband drives me to every session.
                He works at a tortilleria on Calle Zaragoza in Tucson.
                Without him I could not keep my treatment or my job.
                Signed on May 2, 2026. Eufrosina Anzoátegui Ferreira""")));
        files.add(typedThenScanned(folder.resolve("clinic-letter.pdf"), List.of("LAKESHORE RENAL ASSOCIATES",
                "Patient: Eufrosina Anzoategui Ferreira, spouse of Teodomiro Villasenor Quispe.",
                "She receives hemodialysis three times a week and is on the transplant waiting list."),
                List.of("LAKESHORE RENAL ASSOCIATES", "May 12, 2026", "Patient: Eufrosina Anzoategui Ferreira",
                        "She receives hemodialysis three", "times a week and is on the", "transplant waiting list.")));
        BufferedImage notice = page(List.of("NOTICE OF ACTION", "Applicant: Teodomiro Villasenor Quispe",
                "Received: January 8, 2026", "Ciudad Obregon, Sonora"));
        files.add(folder.resolve("notice.png"));
        ImageIO.write(notice, "png", files.get(files.size() - 1).toFile());
        files.add(tiff(folder.resolve("school-record.tiff"), List.of(
                page(List.of("ESCUELA PRIMARIA NETZAHUALCOYOTL", "Alumna: Brunilda Villasenor Anzoategui",
                        "Grado: cuarto", "Ciclo escolar 2025-2026")),
                page(List.of("Brunilda asiste con regularidad", "y su madre Eufrosina la acompana.", "Firma de la directora")))));
        return files;
    }

    /** A page of typed text at 200 dpi, black on white, as a scanner gives it. */
    static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        int y = 250;
        for (String line : lines) {
            g.drawString(line, 150, y);
            y += 80;
        }
        g.dispose();
        return image;
    }

    /** A letter whose first page is typed (a text layer) and whose second is a scan that OCR must read. */
    private static Path typedThenScanned(Path file, List<String> typed, List<String> scanned) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.LETTER);
            pdf.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, first)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(15);
                cs.newLineAtOffset(54, 720);
                for (String line : typed) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            PDPage second = new PDPage(PDRectangle.LETTER);
            pdf.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, second)) {
                cs.drawImage(LosslessFactory.createFromImage(pdf, page(scanned)), 0, 0, PDRectangle.LETTER.getWidth(),
                        PDRectangle.LETTER.getHeight());
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static Path tiff(Path file, List<BufferedImage> frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }
}
