package org.hardshipbinder.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords, duplicates, size limits and batches, on real corpus files. */
class ProtectedAndDuplicateImportTest {

    @TempDir
    Path dir;
    private Services services;
    private long caseId;
    private CorpusManifest corpus;

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        caseId = services.cases().create(CaseKind.I_601A, "Ana", null).id();
        corpus = CorpusManifest.load();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportOutcome importFile(String name, String password) {
        return services.importService().importFile(caseId, corpus.file(name),
                ImportOptions.defaults().withPassword(password));
    }

    @Test
    void aUserPasswordPdfImportsWithItsPasswordAndKeepsItToReadItAgain() throws Exception {
        ImportOutcome outcome = importFile("malformed/qpdf_20-pages.pdf", "user");
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Imported.class, i -> assertThat(i.pageCount()).isEqualTo(20));
        long id = ((ImportOutcome.Imported) outcome).documentId();
        assertThat(services.pages().listForDocument(id)).extracting(Page::number).hasSize(20).startsWith(1, 2).endsWith(20);
        assertThat(services.originalFiles().openPassword(services.documents().importedFrom(id).orElseThrow())).contains("user");

        long originalId = services.documents().importedFrom(id).orElseThrow();
        byte[] stored;
        try (var in = services.originals().open(originalId)) {
            stored = in.readAllBytes();
        }
        try (PDDocument reopened = org.apache.pdfbox.Loader.loadPDF(stored, services.originalFiles().openPassword(originalId).orElseThrow())) {
            assertThat(reopened.getNumberOfPages()).isEqualTo(20);
        }
        assertThat(importFile("paperless/docs_password-is-test.pdf", "test"))
                .isInstanceOfSatisfying(ImportOutcome.Imported.class, i -> assertThat(i.pageCount()).isEqualTo(1));
        assertThat(importFile("ocrmypdf/skew-encrypted.pdf", "password"))
                .isInstanceOfSatisfying(ImportOutcome.Imported.class, i -> assertThat(i.pageCount()).isEqualTo(1));
        assertThat(services.verifier().verify()).isEmpty();
    }

    @Test
    void withoutItsPasswordAProtectedPdfIsRefusedSayingHowToProceed() {
        ImportOutcome outcome = importFile("malformed/qpdf_20-pages.pdf", null);
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, r -> {
            assertThat(r.reason().key()).isEqualTo("intake.rejected.needsPassword");
            assertThat(new Messages(Locale.ENGLISH).format(r.reason())).contains("password").contains("--password");
        });
        assertThat(services.documents().listForCase(caseId)).isEmpty();
    }

    @Test
    void anUnknownPasswordFailsCleanlyAndOwnerOnlyPasswordsNeedNone() {
        assertThat(importFile("paperless/encrypted.pdf", null)).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                r -> assertThat(r.reason().key()).isEqualTo("intake.rejected.needsPassword"));
        assertThat(importFile("paperless/encrypted.pdf", "not-it")).isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                r -> assertThat(r.reason().key()).isEqualTo("intake.rejected.wrongPassword"));

        ImportOutcome ownerOnly = importFile("ocrmypdf/encrypted_algo4.pdf", null);
        assertThat(ownerOnly).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(services.originalFiles().openPassword(services.documents().importedFrom(((ImportOutcome.Imported) ownerOnly).documentId()).orElseThrow())).isEmpty();
        // A password given for the batch is not stored for a file that did not need it.
        ImportOutcome signed = importFile("paperless/signed.pdf", "whatever");
        assertThat(signed).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(services.originalFiles().openPassword(services.documents().importedFrom(((ImportOutcome.Imported) signed).documentId()).orElseThrow())).isEmpty();
        assertThat(services.documents().listForCase(caseId)).hasSize(2);
    }

    @Test
    void theSameFileTwiceInACaseIsRefusedNamingTheFirstDocument() throws Exception {
        long first = ((ImportOutcome.Imported) importFile("paperless/simple.png", null)).documentId();
        Path renamed = Files.copy(corpus.file("paperless/simple.png"), dir.resolve("another name.png"));
        ImportOutcome again = services.importService().importFile(caseId, renamed, ImportOptions.defaults());
        assertThat(again).isInstanceOfSatisfying(ImportOutcome.Rejected.class, r -> {
            assertThat(r.reason().key()).isEqualTo("intake.rejected.duplicate");
            assertThat(new Messages(Locale.ENGLISH).format(r.reason())).startsWith("already imported as document " + first)
                    .contains("simple.png");
        });
        long otherCase = services.cases().create(CaseKind.PAROLE, "Other", null).id();
        assertThat(services.importService().importFile(otherCase, renamed, ImportOptions.defaults()))
                .isInstanceOf(ImportOutcome.Imported.class);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path bmp = dir.resolve("scan.bmp");
        // An uncompressed 24-bit bitmap of 850 × 700 pixels: about 1.8 MB, like a scanner's BMP.
        ImageIO.write(new BufferedImage(850, 700, BufferedImage.TYPE_3BYTE_BGR), "bmp", bmp.toFile());
        ImportOutcome outcome = services.importService().importFile(caseId, bmp,
                new ImportOptions(1024 * 1024, null));
        assertThat(outcome).isInstanceOfSatisfying(ImportOutcome.Rejected.class, r -> {
            assertThat(r.reason().key()).isEqualTo("intake.rejected.tooLarge");
            assertThat(new Messages(Locale.ENGLISH).format(r.reason())).contains("2 MB").contains("1 MB limit");
        });
        assertThat(services.importService().importFile(caseId, dir.resolve("missing.pdf"), ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportOutcome.Rejected.class,
                        r -> assertThat(r.reason().key()).isEqualTo("intake.rejected.notFound"));
    }

    @Test
    void aBatchGoesOnPastBadFilesAndReadsFoldersInNameOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scanner-output"));
        Files.copy(corpus.file("paperless/multi-page-images.tiff"), folder.resolve("b.tiff"));
        Files.copy(corpus.file("synthetic/zero_bytes.pdf"), folder.resolve("a-empty.pdf"));
        Files.copy(corpus.file("paperless/simple.gif"), folder.resolve("c.gif"));
        Files.writeString(folder.resolve(".hidden"), "ignored");
        List<String> progress = new ArrayList<>();
        List<ImportOutcome> outcomes = services.importService().importAll(caseId,
                List.of(corpus.file("ocrmypdf/invalid.pdf"), folder), ImportOptions.defaults(),
                (outcome, index, total) -> progress.add(index + "/" + total + " " + outcome.file().getFileName()));
        assertThat(progress).containsExactly("1/4 invalid.pdf", "2/4 a-empty.pdf", "3/4 b.tiff", "4/4 c.gif");
        assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
                .containsExactly("Rejected", "Rejected", "Imported", "Imported");
        assertThat(((ImportOutcome.Imported) outcomes.get(2)).pageCount()).isEqualTo(3);
        assertThat(services.verifier().verify()).isEmpty();
    }
}
