package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.search.SearchHit;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue against a real vault, with an engine that counts what it is sent. */
class OcrServiceTest {

    @TempDir
    Path dir;
    Services services;
    long caseId;

    @BeforeEach
    void open() {
        services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE);
        caseId = services.cases().create(CaseKind.I_601A, "María López", null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    OcrService ocr(EngineProvider engines) {
        return new OcrService(services.vault(), services.documents(), services.pages(), services.pageTexts(),
                services.originals(), services.pageImages(), engines, new LanguageIdentifier(), 2);
    }

    long importFile(Path file) {
        ImportOutcome outcome = services.importService().importFile(caseId, file, ImportOptions.defaults());
        return ((ImportOutcome.Imported) outcome).documentId();
    }

    @Test
    void aBornDigitalPageIsNeverSentToTheEngineAndIsSearchable() throws Exception {
        long digital = importFile(TestPdfs.bornDigital(dir.resolve("carta.pdf"),
                "Carta de apoyo para María López y su familia en Houston.",
                "Mi esposo trabaja todos los días y cuida a nuestros hijos."));
        long scanned = importFile(TestPdfs.scanned(dir.resolve("scan.pdf"), 2));
        AtomicInteger calls = new AtomicInteger();
        List<OcrProgress> progress = Collections.synchronizedList(new ArrayList<>());

        OcrSummary summary = ocr(CountingEngine.provider(calls, 0, () -> { })).run(OcrRequest.forCase(caseId, 2), progress::add);

        assertThat(calls.get()).isEqualTo(2);
        assertThat(summary.pages()).isEqualTo(3);
        assertThat(summary.textLayer()).isEqualTo(1);
        assertThat(summary.recognized()).isEqualTo(2);
        assertThat(summary.failed()).isZero();
        assertThat(progress).extracting(OcrProgress::finished).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(progress).allMatch(p -> p.total() == 3);
        // Two workers: pages are handed out in document order, but either may finish first.
        assertThat(progress).extracting(OcrProgress::documentId).contains(digital, scanned);

        PageText text = services.pageTexts().forDocument(digital).get(0);
        assertThat(text.origin()).isEqualTo(TextOrigin.TEXT_LAYER);
        assertThat(text.language()).isEqualTo("es");
        Word first = text.words().get(0);
        assertThat(first.text()).isEqualTo("Carta");
        assertThat(first.x()).isBetween(0.11, 0.13);
        assertThat(first.y()).isBetween(0.07, 0.11);
        assertThat(services.documents().find(digital).orElseThrow().metadata().language()).isEqualTo("es");
        assertThat(services.documents().find(digital).orElseThrow().status()).isEqualTo(DocumentStatus.OCR_DONE);
        assertThat(services.documents().find(scanned).orElseThrow().metadata().language()).isEqualTo("en");

        List<SearchHit> hits = services.search().search(SearchQuery.of("maria lopez").inCase(caseId));
        assertThat(hits).extracting(SearchHit::documentId).containsExactly(digital);
        assertThat(services.pages().listForDocument(scanned)).allMatch(p -> p.status() == PageStatus.DONE);
    }

    @Test
    void theChosenLanguagesDecideTheModelsAScanIsReadWith() throws Exception {
        Path tessdata = dir.resolve("tessdata");
        java.awt.image.BufferedImage spanish = GeneratedPages.letter(GeneratedPages.SPANISH, 3);
        Path first = dir.resolve("carta-1.png");
        javax.imageio.ImageIO.write(spanish, "png", first.toFile());
        long defaultRun = importFile(first);
        OcrService real = ocr(new TesseractEngines(tessdata, null));

        OcrSummary everyModel = real.run(OcrRequest.forCase(caseId, 1), OcrProgressListener.NONE);
        assertThat(everyModel.reread()).as("read with English first, then again with Spanish").isEqualTo(1);
        assertThat(services.pageTexts().forDocument(defaultRun).get(0).engine()).endsWith("(spa)");

        Path second = dir.resolve("carta-2.png");
        javax.imageio.ImageIO.write(GeneratedPages.letter(GeneratedPages.SPANISH, 4), "png", second.toFile());
        long spanishFirst = importFile(second);
        OcrSummary chosen = real.run(OcrRequest.forCase(caseId, 1).inLanguages(List.of("spa", "eng")),
                OcrProgressListener.NONE);
        assertThat(chosen.reread()).as("Spanish chosen first: read once").isZero();
        assertThat(services.pageTexts().forDocument(spanishFirst).get(0).engine()).endsWith("(spa)");

        Path third = dir.resolve("carta-3.png");
        javax.imageio.ImageIO.write(GeneratedPages.letter(GeneratedPages.SPANISH, 5), "png", third.toFile());
        long englishOnly = importFile(third);
        real.run(OcrRequest.forCase(caseId, 1).inLanguages(List.of("en")), OcrProgressListener.NONE);
        PageText text = services.pageTexts().forDocument(englishOnly).get(0);
        assertThat(text.engine()).as("Spanish not chosen: never read with it").endsWith("(eng)");
        assertThat(text.language()).isEqualTo("es");
    }

    @Test
    void aCancelledRunLeavesTheRestQueuedAndTheNextRunReadsOnlyThat() throws Exception {
        long scanned = importFile(TestPdfs.scanned(dir.resolve("scan.pdf"), 5));
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<OcrRun> run = new AtomicReference<>();
        OcrService cancelling = ocr(CountingEngine.provider(calls, 0, () -> {
            synchronized (run) {
                run.get().control().cancel();
            }
        }));
        synchronized (run) {
            run.set(cancelling.start(OcrRequest.forDocuments(List.of(scanned), 1), OcrProgressListener.NONE));
        }
        OcrSummary first = run.get().await();
        assertThat(first.cancelled()).isTrue();
        assertThat(first.pages()).isEqualTo(1);
        assertThat(services.documents().find(scanned).orElseThrow().status()).isEqualTo(DocumentStatus.OCR_QUEUED);

        AtomicInteger more = new AtomicInteger();
        OcrSummary second = ocr(CountingEngine.provider(more, 0, () -> { })).run(OcrRequest.all(2), OcrProgressListener.NONE);
        assertThat(second.pages()).isEqualTo(4);
        assertThat(more.get()).isEqualTo(4);
        assertThat(services.pages().listForDocument(scanned)).allMatch(p -> p.status() == PageStatus.DONE);
        assertThat(services.documents().find(scanned).orElseThrow().status()).isEqualTo(DocumentStatus.OCR_DONE);
    }

    @Test
    void aFailingPageIsRecordedWithItsReasonAndTheDocumentFails() throws Exception {
        long scanned = importFile(TestPdfs.scanned(dir.resolve("scan.pdf"), 2));
        AtomicInteger calls = new AtomicInteger();
        OcrSummary summary = ocr(CountingEngine.provider(calls, 0, () -> {
            if (calls.get() == 2) {
                throw new OcrFailure("tesseract could not recognize the page");
            }
        })).run(OcrRequest.forCase(caseId, 1), OcrProgressListener.NONE);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(services.pages().listForDocument(scanned)).extracting(p -> p.status(), p -> p.statusReason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PageStatus.DONE, null),
                        org.assertj.core.groups.Tuple.tuple(PageStatus.FAILED, "tesseract could not recognize the page"));
        assertThat(services.documents().find(scanned).orElseThrow().status()).isEqualTo(DocumentStatus.OCR_FAILED);
    }

    @Test
    void whenOcrCannotRunNothingChangesAndTheReasonIsAMessage() throws Exception {
        long scanned = importFile(TestPdfs.scanned(dir.resolve("scan.pdf"), 1));
        OcrSummary summary = ocr(() -> new EngineProvider.Unavailable(
                org.hardshipbinder.model.UserMessage.of("ocr.unavailable.natives", "Plan 9", "mips")))
                .run(OcrRequest.all(1), OcrProgressListener.NONE);
        assertThat(summary.ran()).isFalse();
        assertThat(new org.hardshipbinder.i18n.Messages(java.util.Locale.ENGLISH).format(summary.unavailable()))
                .contains("Plan 9");
        assertThat(services.pages().listForDocument(scanned)).allMatch(p -> p.status() == PageStatus.QUEUED);
    }
}
