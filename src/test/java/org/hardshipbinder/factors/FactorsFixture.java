package org.hardshipbinder.factors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * A real vault in a temporary folder with real imported PDFs (made with PDFBox); page text is stored the way the
 * OCR step stores it, so suggestions read it through the same repository.
 */
final class FactorsFixture implements AutoCloseable {

    final Services services;
    private final Path dir;
    private int pdfs;

    FactorsFixture(Path dir) {
        this.dir = dir;
        this.services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE,
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
    }

    /** Imports a one-page PDF showing {@code title}, and stores {@code text} as its page text. */
    long document(long caseId, String title, String text) {
        Path pdf = dir.resolve("doc" + (++pdfs) + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(title + " #" + pdfs);
                content.endText();
            }
            doc.save(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportOutcome outcome = services.importService().importFile(caseId, pdf, ImportOptions.defaults());
        long id = ((ImportOutcome.Imported) outcome).documentId();
        if (text != null) {
            long pageId = services.pages().listForDocument(id).get(0).id();
            services.pageTexts().save(new PageText(pageId, text, TextOrigin.OCR, "test", "en", 90.0, List.of()));
        }
        return id;
    }

    @Override
    public void close() {
        services.close();
    }
}
