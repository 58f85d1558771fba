package org.hardshipbinder.editing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hardshipbinder.binder.BinderOutcome;
import org.hardshipbinder.binder.BinderRequest;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.vault.VaultKind;
import org.hardshipbinder.wiring.Services;

/**
 * A real vault with generated PDFs imported into one case. Each page shows a black band across its top and the words
 * "{name} page N", so the binder's rendered pages show which page they are and which way up.
 */
final class EditFixture implements AutoCloseable {

    final Path dir;
    final Services services;
    final Case theCase;

    EditFixture(Path dir) {
        this(dir, VaultKind.PLAIN);
    }

    EditFixture(Path dir, VaultKind kind) {
        this.dir = dir;
        this.services = kind.open(dir.resolve("vault"));
        this.theCase = services.cases().create(CaseKind.I_601A, "Lucia Fictional", null);
    }

    Path pdf(String name, int pages) throws IOException {
        Path file = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(0, 792 - 160, 612, 160);
                    cs.fill();
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(50, 400);
                    cs.showText(name + " page " + i);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** Imports a generated PDF and stores its pages' text as OCR would ("{word} {name} page N"), marking it read. */
    long importRead(String name, int pages, String word) throws IOException {
        long id = importUnread(name, pages);
        for (Page page : services.pages().listForDocument(id)) {
            String text = word + " " + name + " page " + page.number();
            services.pageTexts().save(new PageText(page.id(), text, TextOrigin.OCR, "test", "en", 90.0,
                    List.of(new Word(word, 0.1, 0.5, 0.2, 0.02, 90))));
            services.pages().setStatus(page.id(), PageStatus.DONE, null);
        }
        services.documents().moveTo(id, DocumentStatus.OCR_DONE, null);
        return id;
    }

    long importUnread(String name, int pages) throws IOException {
        ImportOutcome outcome = services.importService().importFile(theCase.id(), pdf(name, pages), ImportOptions.defaults());
        return ((ImportOutcome.Imported) outcome).documentId();
    }

    List<Long> pageIds(long documentId) {
        return services.pages().listForDocument(documentId).stream().map(Page::id).toList();
    }

    Path binder(String name) {
        Path out = dir.resolve(name + ".pdf");
        BinderOutcome outcome = services.binderBuilder().build(theCase.id(), new BinderRequest(out, null, null));
        if (!(outcome instanceof BinderOutcome.Built built)) {
            throw new IllegalStateException("binder not built: " + outcome);
        }
        return built.volumes().get(0);
    }

    /** A placed original page of the binder: the words it shows ("{name} page N") and where its black band is. */
    record Placed(String words, double inkX, double inkY, boolean landscape) {
    }

    /** The binder's pages that show an original page, in order. */
    static List<Placed> placedPages(Path binder) throws IOException {
        List<Placed> placed = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(binder.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                var m = java.util.regex.Pattern.compile("(\\w+ page \\d+)").matcher(text);
                if (!m.find()) {
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 20, ImageType.GRAY);
                placed.add(ink(m.group(1), image));
            }
        }
        return placed;
    }

    /** The centre of the dark pixels, as fractions of the page, leaving out the stamp band at the bottom. */
    private static Placed ink(String words, BufferedImage image) {
        int band = image.getHeight() * 60 / 792;
        double sx = 0;
        double sy = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight() - band; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xff) < 100) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new Placed(words, sx / Math.max(1, n) / image.getWidth(), sy / Math.max(1, n) / image.getHeight(),
                image.getWidth() > image.getHeight());
    }

    @Override
    public void close() {
        services.close();
    }
}
