package org.hardshipbinder.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printable chronology, opened back with PDFBox: Letter pages, every event with its document and page. */
class ChronologyPdfTest {

    @TempDir
    Path dir;

    @Test
    void everyEventIsPrintedWithItsDocumentAndPage() throws Exception {
        List<ChronologyEvent> events = List.of(
                DateConflictsTest.event(FactKind.BIRTH_DATE, 2, LocalDate.of(1990, 3, 3), null, 7),
                DateConflictsTest.event(FactKind.BIRTH_DATE, 2, LocalDate.of(1990, 3, 13), null, 8),
                DateConflictsTest.event(FactKind.MARRIAGE_DATE, 1, LocalDate.of(2015, 6, 12), null, 8),
                DateConflictsTest.event(FactKind.DIAGNOSIS_DATE, 2, LocalDate.of(2020, 5, 1), null, 9));
        Chronology chronology = chronology(events);
        Path file = dir.resolve("chronology.pdf");
        int pages = new ChronologyPdf(new ChronologyText(new Messages(Locale.ENGLISH))).write(chronology, LocalDate.of(2026, 6, 15), file);

        assertThat(pages).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(612f);
            assertThat(box.getHeight()).isEqualTo(792f);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Chronology", "Dates that disagree", "Birth of Celia Ostos", "Marriage", "Diagnosis",
                    "Celia Ostos", "Doc 9, page 1", "Mar 3, 1990", "Mar 13, 1990", "Jun 12, 2015", "May 1, 2020", "Page 1 of 1");
        }
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("chronology.pdf");
    }

    @Test
    void aLongChronologyRunsOverPagesAndSpeaksSpanish() throws Exception {
        List<ChronologyEvent> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            events.add(DateConflictsTest.event(FactKind.DOCUMENT_DATE, null, LocalDate.of(2000, 1, 1).plusDays(i * 30L), null, i));
        }
        Path file = dir.resolve("cronologia.pdf");
        int pages = new ChronologyPdf(new ChronologyText(new Messages(Messages.SPANISH))).write(chronology(events), LocalDate.of(2026, 6, 15), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Cronología", "Fecha del documento", "Doc 119, página 1", "Página " + pages + " de " + pages);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            lastPage.setEndPage(pages);
            assertThat(lastPage.getText(pdf)).as("the column heads repeat on every page").contains("Documento, página y palabras");
        }
    }

    private static Chronology chronology(List<ChronologyEvent> events) {
        Case c = new Case(1, CaseKind.I_601A, "Ramiro Ostos", "Ostos waiver", java.time.Instant.EPOCH);
        return new Chronology(c, List.of(), events, DateConflicts.find(events, List.of(new org.hardshipbinder.model.Person(2, 1,
                "Celia Ostos", org.hardshipbinder.model.Role.QR, "spouse", org.hardshipbinder.model.ImmigrationStatus.USC, null))), List.of());
    }
}
