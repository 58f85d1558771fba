package org.hardshipbinder.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.notify.Notifier;
import org.hardshipbinder.ui.task.Activity;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsViewModelTest {

    @TempDir
    Path dir;
    private Services services;
    private final Notifier notifier = new Notifier();
    private final Activity activity = new Activity(Sync.english());
    private DocumentsViewModel viewModel;
    private Case kase;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        kase = services.cases().create(CaseKind.I_601A, "Ana", null);
        viewModel = new DocumentsViewModel(new VaultDocumentLibrary(services, id -> java.util.Map.of()), null, Sync.tasks(), activity,
                notifier, Sync.english());
        viewModel.currentCaseProperty().set(kase);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void importsGoodFilesAndNamesEveryRefusedFileAndWhy() throws Exception {
        Path good = dir.resolve("letter.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(good.toFile());
        }
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path office = Files.writeString(dir.resolve("notes.docx"), "PK\u0003\u0004 not really a document");

        viewModel.importFiles(List.of(good, empty, office));

        assertThat(viewModel.items()).hasSize(1);
        assertThat(viewModel.items().get(0).document().pageCount()).isEqualTo(2);
        Notice notice = notifier.history().get(0);
        assertThat(notice.kind()).isEqualTo(Notice.Kind.WARNING);
        assertThat(notice.title()).isEqualTo("Imported 1 file(s); 2 refused.");
        assertThat(notice.details()).hasSize(2);
        assertThat(notice.details().get(0)).startsWith("empty.pdf: ").contains("empty");
        assertThat(notice.details().get(1)).startsWith("notes.docx: ");
        assertThat(activity.runningProperty().get()).isFalse();
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void filtersByStatusAndLanguageAndShowsBadges() throws Exception {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        for (Path p : List.of(a, b)) {
            try (PDDocument pdf = new PDDocument()) {
                pdf.addPage(new PDPage());
                pdf.getDocumentInformation().setTitle(p.toString());
                pdf.save(p.toFile());
            }
        }
        viewModel.importFiles(List.of(a, b));
        long first = viewModel.items().get(0).id();
        var meta = services.documents().find(first).orElseThrow().metadata();
        services.documents().updateMetadata(first, new org.hardshipbinder.model.Document.DocumentMetadata(
                "Acta", null, null, false, null, null, "es", null));
        viewModel.refresh();

        viewModel.languageFilterProperty().set("es");
        assertThat(viewModel.items()).extracting(DocumentRow::id).containsExactly(first);
        assertThat(viewModel.badges(viewModel.items().get(0))).contains("Needs translation", "Waiting for text recognition");
        viewModel.clearFilters();
        viewModel.statusFilterProperty().set(DocumentStatus.OCR_DONE);
        assertThat(viewModel.items()).isEmpty();
        viewModel.clearFilters();
        assertThat(viewModel.items()).hasSize(2);
        assertThat(viewModel.languageChoices()).containsExactly("es");
        assertThat(meta.title()).isNull();
    }

    @Test
    void aCancelledImportKeepsWhatWasImportedAndSaysSo() throws Exception {
        Path a = dir.resolve("a.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(50, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", a.toFile());
        Path b = dir.resolve("b.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", b.toFile());
        DocumentLibrary real = new VaultDocumentLibrary(services, id -> java.util.Map.of());
        DocumentsViewModel cancelling = new DocumentsViewModel(wrapping(real, listener -> (outcome, index, total) -> {
            activity.cancel();
            listener.fileDone(outcome, index, total);
        }), null, Sync.tasks(), activity, notifier, Sync.english());
        cancelling.currentCaseProperty().set(kase);
        cancelling.importFiles(List.of(a, b));

        assertThat(cancelling.allRows()).hasSize(1);
        assertThat(activity.messageProperty().get()).startsWith("Stopped.");
    }

    @Test
    void eachDocumentAppearsAsSoonAsItIsImportedNotOnlyAtTheEnd() throws Exception {
        Path a = dir.resolve("a.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(50, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", a.toFile());
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        Path b = dir.resolve("b.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", b.toFile());
        DocumentLibrary real = new VaultDocumentLibrary(services, id -> java.util.Map.of());
        List<Integer> shownAfterEachFile = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<DocumentsViewModel> watched = new java.util.concurrent.atomic.AtomicReference<>();
        DocumentsViewModel progressive = new DocumentsViewModel(wrapping(real, listener -> (outcome, index, total) -> {
            listener.fileDone(outcome, index, total);
            shownAfterEachFile.add(watched.get().allRows().size());
        }), null, Sync.tasks(), activity, notifier, Sync.english());
        watched.set(progressive);
        progressive.currentCaseProperty().set(kase);

        progressive.importFiles(List.of(a, empty, b));

        assertThat(shownAfterEachFile).containsExactly(1, 1, 2);
        assertThat(progressive.allRows()).extracting(r -> r.document().fileName()).containsExactly("a.png", "b.png");
        assertThat(progressive.allRows().get(0).document().status()).isEqualTo(DocumentStatus.OCR_QUEUED);
    }

    /**
     * The window is rebuilt in Spanish while an import runs (the import's view model is the English one): the status
     * bar says at once, and for every later step and at the end, what the task does in Spanish.
     */
    @Test
    void aTaskRunningWhileTheLanguageChangesReportsInTheNewLanguage() throws Exception {
        Path a = dir.resolve("a.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(50, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", a.toFile());
        Path b = dir.resolve("b.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(60, 50, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", b.toFile());
        org.hardshipbinder.ui.UiText spanish = new org.hardshipbinder.ui.UiText(
                new org.hardshipbinder.i18n.Messages(java.util.Locale.forLanguageTag("es")));
        List<String> shown = new java.util.ArrayList<>();
        DocumentsViewModel english = new DocumentsViewModel(wrapping(new VaultDocumentLibrary(services, id -> java.util.Map.of()),
                listener -> (outcome, index, total) -> {
                    listener.fileDone(outcome, index, total);
                    if (index == 1) {
                        shown.add(activity.messageProperty().get());
                        activity.speak(spanish); // the switch, between two files
                        shown.add(activity.messageProperty().get());
                    }
                }), null, Sync.tasks(), activity, notifier, Sync.english());
        english.currentCaseProperty().set(kase);

        english.importFiles(List.of(a, b));

        assertThat(shown.get(0)).isEqualTo(Sync.english().get("ui.documents.importing", 1, 2));
        assertThat(shown.get(1)).isEqualTo(spanish.get("ui.documents.importing", 1, 2)).isNotEqualTo(shown.get(0));
        assertThat(activity.messageProperty().get()).isEqualTo(spanish.get("ui.documents.imported", 2, 0))
                .isNotEqualTo(Sync.english().get("ui.documents.imported", 2, 0));
        activity.speak(Sync.english()); // and back: the last message follows
        assertThat(activity.messageProperty().get()).isEqualTo(Sync.english().get("ui.documents.imported", 2, 0));
    }

    /** The real library, with the import listener the view model passes wrapped by the test. */
    private static DocumentLibrary wrapping(DocumentLibrary real,
                                            java.util.function.UnaryOperator<org.hardshipbinder.intake.ImportService.Listener> wrap) {
        return new DocumentLibrary() {
            @Override
            public List<DocumentRow> rows(long caseId) {
                return real.rows(caseId);
            }

            @Override
            public java.util.Optional<DocumentRow> newRow(long documentId) {
                return real.newRow(documentId);
            }

            @Override
            public List<org.hardshipbinder.model.Person> people(long caseId) {
                return real.people(caseId);
            }

            @Override
            public List<org.hardshipbinder.intake.ImportOutcome> importAll(long caseId, List<Path> paths,
                                                                            org.hardshipbinder.intake.ImportService.Listener listener) {
                return real.importAll(caseId, paths, wrap.apply(listener));
            }
        };
    }
}
