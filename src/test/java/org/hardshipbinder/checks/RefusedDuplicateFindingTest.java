package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A byte-identical file imported twice is refused, and the duplicate check still tells the user, in both languages. */
class RefusedDuplicateFindingTest {

    @TempDir
    Path dir;
    private Services services;
    private long caseId;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        caseId = services.cases().create(CaseKind.I_601A, "Lorna Quist", null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRefusedCopyBecomesADismissibleFindingNamingTheFileAndTheKeptDocument() throws Exception {
        Path first = letter(dir.resolve("pay-stub-march.pdf"));
        Path second = Files.copy(first, dir.resolve("pay-stub-march (1).pdf"));
        long kept = ((ImportOutcome.Imported) services.importService().importFile(caseId, first, ImportOptions.defaults())).documentId();
        assertThat(services.importService().importFile(caseId, second, ImportOptions.defaults()))
                .isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(services.documents().listForCase(caseId)).hasSize(1);

        List<Finding> copies = duplicates();
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).documents()).containsExactly(kept);
        assertThat(new Messages(Locale.ENGLISH).format(copies.get(0).message()))
                .contains("pay-stub-march (1).pdf").contains("imported twice");
        assertThat(new Messages(Messages.SPANISH).format(copies.get(0).message()))
                .contains("pay-stub-march (1).pdf").contains("dos veces");

        assertThat(services.checks().dismiss(caseId, "DUPLICATE", kept, null, "known", CheckSettings.defaults())).isPositive();
        assertThat(duplicates()).isEmpty();
    }

    private List<Finding> duplicates() {
        return services.checks().run(caseId, CheckSettings.defaults()).orElseThrow().findings().stream()
                .filter(f -> f.code().equals("DUPLICATE")).toList();
    }

    private static Path letter(Path file) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Pay stub for March 2025, Lorna Quist, net pay 1,240.00");
                text.endText();
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
