package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.ocr.OcrProgressListener;
import org.hardshipbinder.ocr.OcrRequest;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions from what a real vault holds: imported photos with EXIF, a batch PDF, page text as OCR stores it. */
class GroupingServiceTest {

    @TempDir
    Path dir;
    Services services;
    long caseId;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        caseId = services.cases().create(CaseKind.I_601A, "Fictional Applicant", null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void photosTakenSecondsApartAreJoinedAndABatchScanIsCut() throws Exception {
        GeneratedPapers papers = new GeneratedPapers(11);
        List<String> declaration = papers.declaration(3);
        LocalDateTime taken = LocalDateTime.of(2026, 5, 6, 18, 30, 0);
        List<Long> photos = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path jpeg = dir.resolve("DSC_00" + (40 + i) + ".jpg");
            Files.write(jpeg, ExifJpeg.taken(taken.plusSeconds(7L * i), 300, 400));
            photos.add(read(importFile(jpeg), List.of(declaration.get(i))));
        }
        List<String> batch = new ArrayList<>(papers.letter(2));
        batch.add("");
        batch.add(papers.form());
        long scan = read(importFile(imagePdf(dir.resolve("Scan0001.pdf"), batch.size())), batch);
        importFile(imagePdf(dir.resolve("not read yet.pdf"), 1));

        List<GroupingSuggestion> suggestions = services.grouping().pending(caseId);

        assertThat(suggestions).hasSize(2);
        assertThat(suggestions).filteredOn(MergeSuggestion.class::isInstance).singleElement()
                .satisfies(m -> assertThat(((MergeSuggestion) m).documentIds()).containsExactlyElementsOf(photos));
        assertThat(suggestions).filteredOn(SplitSuggestion.class::isInstance).singleElement().satisfies(s -> {
            SplitSuggestion split = (SplitSuggestion) s;
            assertThat(split.documentId()).isEqualTo(scan);
            assertThat(split.parts()).containsExactly(List.of(1, 2), List.of(4));
            assertThat(split.blankPages()).containsExactly(3);
        });
    }

    @Test
    void acceptingEverySuggestionMakesThePapersAndUndoTakesTheLastEditBack() throws Exception {
        GeneratedPapers papers = new GeneratedPapers(13);
        List<String> statement = papers.statement(2);
        long first = read(importFile(imagePdf(dir.resolve("page a.pdf"), 1)), List.of(statement.get(0)));
        long second = read(importFile(imagePdf(dir.resolve("page b.pdf"), 1)), List.of(statement.get(1)));
        List<String> batch = new ArrayList<>(papers.letter(2));
        batch.add("");
        batch.add(papers.form());
        long scan = read(importFile(imagePdf(dir.resolve("Scan0002.pdf"), batch.size())), batch);

        List<org.hardshipbinder.editing.EditOutcome> outcomes = services.groupingEdits().acceptAll(caseId);

        assertThat(outcomes).hasSize(3).allMatch(org.hardshipbinder.editing.EditOutcome.Done.class::isInstance);
        assertThat(services.documents().listForCase(caseId)).extracting(d -> d.pageCount()).containsExactlyInAnyOrder(2, 2, 1);
        assertThat(services.documents().find(second)).isEmpty();
        assertThat(services.pages().listForDocument(first)).extracting(Page::originalPage).containsExactly(1, 1);
        assertThat(services.trash().list(caseId)).hasSize(1);
        assertThat(services.grouping().pending(caseId)).isEmpty();

        services.pageEdits().undo();
        assertThat(services.documents().find(second)).isPresent();
        assertThat(services.pages().listForDocument(scan)).hasSize(2);
    }

    @Test
    void aRejectedSuggestionIsNotOfferedAgain() throws Exception {
        List<String> statement = new GeneratedPapers(14).statement(2);
        read(importFile(imagePdf(dir.resolve("page a.pdf"), 1)), List.of(statement.get(0)));
        read(importFile(imagePdf(dir.resolve("page b.pdf"), 1)), List.of(statement.get(1)));
        GroupingSuggestion merge = services.grouping().pending(caseId).get(0);

        services.grouping().reject(caseId, merge);

        assertThat(services.grouping().pending(caseId)).isEmpty();
        assertThat(services.grouping().find(caseId, merge.key())).isEmpty();
    }

    @Test
    void aBatchScanReadByRealOcrIsCutWhereTheSecondPaperBegins() throws Exception {
        GeneratedPapers papers = new GeneratedPapers(12);
        List<String> pages = new ArrayList<>(papers.letter(2));
        pages.addAll(papers.statement(1));
        long scan = importFile(renderedPdf(dir.resolve("img20260506_183000.pdf"), pages));

        services.ocr().run(OcrRequest.forCase(caseId, 1), OcrProgressListener.NONE);

        assertThat(services.grouping().pending(caseId)).singleElement().isInstanceOfSatisfying(SplitSuggestion.class, s -> {
            assertThat(s.documentId()).isEqualTo(scan);
            assertThat(s.parts()).containsExactly(List.of(1, 2), List.of(3));
        });
    }

    private long importFile(Path file) {
        return ((ImportOutcome.Imported) services.importService().importFile(caseId, file, ImportOptions.defaults()))
                .documentId();
    }

    /** Stores page texts the way OCR does and marks the document read. */
    private long read(long documentId, List<String> texts) {
        List<Page> pages = services.pages().listForDocument(documentId);
        for (int i = 0; i < pages.size(); i++) {
            services.pageTexts().save(new PageText(pages.get(i).id(), texts.get(i), TextOrigin.OCR, "test",
                    texts.get(i).isBlank() ? "und" : "en", 93.0, List.of()));
        }
        services.documents().moveTo(documentId, DocumentStatus.OCR_QUEUED, null);
        services.documents().moveTo(documentId, DocumentStatus.OCR_DONE, null);
        return documentId;
    }

    /** Letter-size image-only pages with nothing legible on them (their text is stored separately). */
    private static Path imagePdf(Path file, int pages) throws IOException {
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            empty.add("");
        }
        return renderedPdf(file, empty);
    }

    /** Pages rendered like a 200-dpi scan: each line of the text drawn in 11-point serif type. */
    private static Path renderedPdf(Path file, List<String> pages) throws IOException {
        int dpi = 200;
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                BufferedImage image = new BufferedImage(dpi * 17 / 2, dpi * 11, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font(Font.SERIF, Font.PLAIN, 11 * dpi / 72));
                int y = dpi;
                for (String line : text.split("\n")) {
                    g.drawString(line, dpi * 3 / 4, y);
                    y += g.getFontMetrics().getHeight() * 5 / 4;
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
