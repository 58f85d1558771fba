package org.hardshipbinder.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the test corpus ({@link CorpusManifest}) goes through the real import pipeline into a real vault: it imports with the
 * page count the manifest's tools agree on, or is refused with a sentence; nothing crashes or takes over 30 s, and
 * the vault passes {@code verify} afterwards with every stored original intact.
 */
class CorpusImportTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages SPANISH = new Messages(Messages.SPANISH);

    /** Page counts where pdfinfo is wrong or silent; the manifest's notes say what is real. */
    private static final Map<String, Integer> REAL_PAGES = Map.of(
            "malformed/pdfjs_Pages-tree-refs.pdf", 1, // cyclic /Kids: poppler counts 2, only 1 is real
            "malformed/pdfjs_poppler-67295-0.pdf", 1, // /Count 9999999999 with 1 real page
            "malformed/qpdf_pages-loop.pdf", 1,        // /Pages lists itself among its kids
            "synthetic/png_renamed_as.pdf", 1);        // a PNG: imported as the image it is

    /** Files that must be refused, and the reason's message key. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("synthetic/zero_bytes.pdf", "intake.rejected.empty"),
            Map.entry("synthetic/zero_bytes.jpg", "intake.rejected.empty"),
            Map.entry("synthetic/zip_renamed_as.pdf", "intake.rejected.zip"),
            Map.entry("paperless/docs_simple.zip", "intake.rejected.zip"),
            Map.entry("ocrmypdf/tagged.odt", "intake.rejected.office"),
            Map.entry("paperless/tika_multi-part-broken.odt", "intake.rejected.office"),
            Map.entry("paperless/simple.heic", "intake.rejected.heic"),
            Map.entry("malformed/qpdf_bad1.pdf", "intake.rejected.unknownType"),
            Map.entry("malformed/qpdf_empty.pdf", "intake.rejected.noPages"),
            Map.entry("malformed/qpdf_20-pages.pdf", "intake.rejected.needsPassword"),
            Map.entry("ocrmypdf/skew-encrypted.pdf", "intake.rejected.needsPassword"),
            Map.entry("paperless/docs_password-is-test.pdf", "intake.rejected.needsPassword"),
            Map.entry("paperless/encrypted.pdf", "intake.rejected.needsPassword"));

    /** Damaged on purpose: the manifest allows refusing them or importing what a lenient parser recovers. */
    private static final Set<String> EITHER = Set.of("malformed/pdfjs_poppler-85140-0.pdf", "malformed/qpdf_issue-141b.pdf",
            "malformed/qpdf_issue-146.pdf", "ocrmypdf/invalid.pdf", "synthetic/truncated_half_francais.pdf",
            "synthetic/truncated_half_baiona_color.jpg", "synthetic/truncated_half_multi-page-images.tiff",
            // TwelveMonkeys 3.12's lossless-WebP decoder fails on this valid file (upstream issues 739/978).
            "paperless/document.webp");

    /** Clockwise rotation that shows a page upright, from EXIF orientation or an inherited /Rotate. */
    private static final Map<String, Integer> ROTATION = Map.of(
            "tesseract_js/simple-90.jpg", 90, "tesseract_js/simple-180.jpg", 180, "tesseract_js/simple-270.jpg", 270,
            "tesseract_js/simple.jpg", 0, "malformed/qpdf_inherited-rotate.pdf", 90);

    @TempDir
    static Path vaultDir;

    @TestFactory
    Stream<DynamicTest> everyCorpusFileImportsOrIsRefusedWithAReason() throws Exception {
        CorpusManifest corpus = CorpusManifest.load();
        List<CorpusManifest.Entry> entries = corpus.importable();
        assertThat(entries).as("the corpus's MANIFEST.tsv lists files").isNotEmpty();
        Services services = Services.open(vaultDir.resolve("corpus"), AccessMode.READ_WRITE);
        long caseId = services.cases().create(CaseKind.I_601A, "Corpus Applicant", null).id();
        AtomicInteger imported = new AtomicInteger();
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusManifest.Entry entry : entries) {
            tests.add(dynamicTest(entry.localName(), () -> {
                Path file = corpus.file(entry.localName());
                ImportOutcome outcome = assertTimeoutPreemptively(LIMIT,
                        () -> services.importService().importFile(caseId, file, ImportOptions.defaults()),
                        () -> entry.localName() + " took more than " + LIMIT.toSeconds() + " s");
                if (outcome instanceof ImportOutcome.Imported) {
                    imported.incrementAndGet();
                }
                check(services, entry, file, outcome);
            }));
        }
        tests.add(dynamicTest("the vault passes verify and holds only whole documents", () -> {
            try {
                assertThat(services.verifier().verify()).isEmpty();
                List<Document> documents = services.documents().listForCase(caseId);
                assertThat(documents).hasSize(imported.get());
                for (Document d : documents) {
                    assertThat(services.pages().listForDocument(d.id())).hasSize(d.pageCount())
                            .allSatisfy(p -> assertThat(p.status()).isEqualTo(PageStatus.QUEUED));
                    assertThat(d.status()).isEqualTo(DocumentStatus.OCR_QUEUED);
                    assertThat(services.originals().sha256(services.documents().importedFrom(d.id()).orElseThrow())).contains(d.sha256());
                }
            } finally {
                services.close();
            }
        }));
        return tests.stream();
    }

    private static void check(Services services, CorpusManifest.Entry entry, Path file, ImportOutcome outcome) throws Exception {
        String name = entry.localName();
        if (outcome instanceof ImportOutcome.Rejected rejected) {
            assertHumanSentence(rejected.reason());
            if (REFUSED.containsKey(name)) {
                assertThat(rejected.reason().key()).as(name).isEqualTo(REFUSED.get(name));
                return;
            }
            assertThat(EITHER).as(name + " was refused: " + ENGLISH.format(rejected.reason())).contains(name);
            return;
        }
        ImportOutcome.Imported imported = (ImportOutcome.Imported) outcome;
        assertThat(REFUSED).as(name + " should have been refused").doesNotContainKey(name);
        Document doc = services.documents().find(imported.documentId()).orElseThrow();
        List<Page> pages = services.pages().listForDocument(doc.id());
        assertThat(pages).hasSize(imported.pageCount()).hasSize(doc.pageCount());
        assertThat(doc.sizeBytes()).isEqualTo(Files.size(file));
        assertThat(doc.fileName()).isEqualTo(file.getFileName().toString());
        Integer expectedPages = expectedPages(entry);
        if (expectedPages != null) {
            assertThat(imported.pageCount()).as(name + " page count").isEqualTo(expectedPages);
        } else {
            assertThat(EITHER).as(name + " imported without a known page count").contains(name);
            assertThat(imported.pageCount()).isPositive();
        }
        if (ROTATION.containsKey(name)) {
            assertThat(pages).extracting(Page::rotation).as(name).containsOnly(ROTATION.get(name));
        }
        if (name.equals("synthetic/png_renamed_as.pdf")) {
            assertThat(doc.mediaType()).isEqualTo(MediaType.PNG);
        }
        assertThat(pages).allSatisfy(p -> {
            assertThat(p.widthPt()).isPositive();
            assertThat(p.heightPt()).isPositive();
        });
    }

    private static Integer expectedPages(CorpusManifest.Entry entry) {
        if (REAL_PAGES.containsKey(entry.localName())) {
            return REAL_PAGES.get(entry.localName());
        }
        if (EITHER.contains(entry.localName())) {
            return null;
        }
        if (entry.pdfinfoPages().isPresent()) {
            return entry.pdfinfoPages().getAsInt();
        }
        return entry.imageFrames().isPresent() ? entry.imageFrames().getAsInt() : null;
    }

    /** A refusal reads as a sentence in both languages: every key known, no placeholders, no stack-trace words. */
    static void assertHumanSentence(UserMessage reason) {
        for (Messages messages : List.of(ENGLISH, SPANISH)) {
            assertThat(messages.has(reason.key())).as(reason.key()).isTrue();
            String text = messages.format(reason);
            assertThat(text).doesNotContain("{0}", "{1}", "Exception", "java.", "null").hasSizeGreaterThan(20);
        }
    }
}
