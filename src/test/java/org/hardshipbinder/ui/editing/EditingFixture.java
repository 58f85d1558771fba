package org.hardshipbinder.ui.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/** A real vault with a case and imported PDFs whose page text is stored as OCR stores it. */
public final class EditingFixture implements AutoCloseable {

    public final Services services;
    public final long caseId;
    private final Path dir;
    private int files;

    public EditingFixture(Path dir) {
        this.dir = dir;
        this.services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        this.caseId = services.cases().create(CaseKind.I_601A, "Fictional Applicant", null).id();
    }

    public static EditingFixture withoutVault(Services services, long caseId, Path dir) {
        return new EditingFixture(services, caseId, dir);
    }

    private EditingFixture(Services services, long caseId, Path dir) {
        this.services = services;
        this.caseId = caseId;
        this.dir = dir;
    }

    public VaultPageEditing editing() {
        return new VaultPageEditing(services.documents(), services.pageEdits(), services.trash(),
                services.deletionImpacts(), services.grouping(), services.groupingEdits());
    }

    /** A PDF named {@code name} with one page per text, read: its text stored and its status done. */
    public long document(String name, String... pageTexts) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pageTexts.length; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            doc.save(file.toFile());
        }
        files++;
        long id = ((ImportOutcome.Imported) services.importService().importFile(caseId, file, ImportOptions.defaults()))
                .documentId();
        List<Page> pages = services.pages().listForDocument(id);
        for (int i = 0; i < pages.size(); i++) {
            services.pageTexts().save(new PageText(pages.get(i).id(), pageTexts[i], TextOrigin.OCR, "test",
                    pageTexts[i].isBlank() ? "und" : "en", 93.0, List.of()));
        }
        services.documents().moveTo(id, DocumentStatus.OCR_QUEUED, null);
        services.documents().moveTo(id, DocumentStatus.OCR_DONE, null);
        return id;
    }

    public List<Page> pages(long documentId) {
        return services.pages().listForDocument(documentId);
    }

    @Override
    public void close() {
        services.close();
    }
}
