package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.TagOrigin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds one binder of a varied case and checks it page by page with PDFBox. */
class BinderPdfTest {

    @TempDir
    static Path dir;
    static BinderFixture fixture;
    static BinderPdf pdf;
    static BinderPdf index;
    static BinderOutcome.Built built;
    /** Expected exhibits in order: label and page count. */
    static final List<String> LABELS = List.of("A", "B", "C", "D", "E", "F", "G");
    static final int[] PAGES = {2, 2, 1, 1, 1, 1, 1};

    @BeforeAll
    static void build() throws Exception {
        fixture = new BinderFixture(dir);
        Document birth = fixture.importFile(fixture.digitalPdf("birth", 2, PDRectangle.LETTER));
        fixture.setMetadata(birth, "Birth certificate of Ana López", "birth_certificate", null);
        Document acta = fixture.importFile(fixture.digitalPdf("acta", 1, PDRectangle.A4));
        fixture.setMetadata(acta, "Acta de matrimonio", "marriage_certificate", null);
        Document translation = fixture.importFile(fixture.digitalPdf("translation", 1, PDRectangle.LETTER));
        fixture.setMetadata(translation, "Translation of the marriage record", "translation", acta.id());
        Document scan = fixture.importFile(fixture.scanJpeg("scan", 1275, 1650, 1));
        fixture.setMetadata(scan, "Letter from Dr. Ruiz", null, null);
        fixture.ocrWords(scan, "Zanzibar", "diagnosis", "señora");
        fixture.services.tags().add(scan.id(), "medical", null, Scenario.BOTH, TagOrigin.USER);
        fixture.services.tags().add(scan.id(), "psychological", null, Scenario.SEPARATION, TagOrigin.USER);
        Document legal = fixture.importFile(fixture.digitalPdf("legal", 1, PDRectangle.LEGAL));
        fixture.services.tags().add(legal.id(), "financial", null, Scenario.BOTH, TagOrigin.USER);
        fixture.importFile(fixture.digitalPdf("landscape", 1, new PDRectangle(842, 595)));
        fixture.importFile(BinderFixture.corpus("malformed/qpdf_inherited-rotate.pdf"));
        fixture.services.binderPlans().addUnavailableStatement(fixture.theCase.id(), "medical",
                "Hospital record of 2015 — not available", "The hospital closed in 2016 and its records were lost.");
        built = (BinderOutcome.Built) fixture.build(dir.resolve("out/binder.pdf"), dir.resolve("out/index.pdf"), null);
        pdf = BinderPdf.read(built.volumes().get(0));
        index = BinderPdf.read(built.indexFile());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void pageCountIsCoverPlusIndexPlusDividersPlusExhibitPages() {
        int exhibitPages = 0;
        for (int p : PAGES) {
            exhibitPages += p;
        }
        assertThat(pdf.indexPages()).containsExactly(1);
        assertThat(pdf.dividers()).hasSize(LABELS.size());
        assertThat(pdf.pageCount()).isEqualTo(1 + 1 + LABELS.size() + exhibitPages);
        assertThat(built.binderPages()).isEqualTo(LABELS.size() + exhibitPages);
    }

    @Test
    void dividersCarryLabelsInPlanOrderRelationshipProofFirst() {
        List<Integer> dividers = expectedDividers();
        assertThat(pdf.dividers()).isEqualTo(dividers);
        for (int i = 0; i < LABELS.size(); i++) {
            assertThat(pdf.pageTexts.get(dividers.get(i))).startsWith("Exhibit " + LABELS.get(i) + "\n");
        }
        assertThat(pdf.pageTexts.get(dividers.get(0))).contains("Birth certificate of Ana López");
        assertThat(pdf.pageTexts.get(dividers.get(1))).contains("Acta de matrimonio, with English translation");
        assertThat(pdf.pageTexts.get(dividers.get(2))).contains("Letter from Dr. Ruiz");
        assertThat(pdf.pageTexts.get(dividers.get(3))).contains("Hospital record of 2015");
    }

    @Test
    void everyExhibitPageIsStampedWithItsExhibitPageAndBinderNumber() {
        List<Integer> dividers = expectedDividers();
        int binderNumber = 1;
        for (int e = 0; e < LABELS.size(); e++) {
            assertThat(pdf.pageTexts.get(dividers.get(e))).contains(String.valueOf(binderNumber));
            binderNumber++;
            for (int n = 1; n <= PAGES[e]; n++) {
                String text = pdf.pageTexts.get(dividers.get(e) + n);
                assertThat(text).contains("Exhibit " + LABELS.get(e) + " — page " + n + " of " + PAGES[e]);
                assertThat(text.strip()).endsWith(String.valueOf(binderNumber));
                binderNumber++;
            }
        }
    }

    @Test
    void translationTravelsInsideItsOriginalsExhibitOriginalFirst() {
        int b = expectedDividers().get(1);
        assertThat(pdf.pageTexts.get(b + 1)).contains("acta page 1").contains("Exhibit B — page 1 of 2");
        assertThat(pdf.pageTexts.get(b + 2)).contains("translation page 1").contains("Exhibit B — page 2 of 2");
    }

    @Test
    void bookmarksAreSectionsThenExhibitsAndPointAtDividers() {
        List<Integer> dividers = expectedDividers();
        assertThat(pdf.bookmarks).extracting(BinderPdf.Bookmark::title).containsExactly(
                "Proof of relationship and status", "Medical conditions and care", "Financial hardship", "Other evidence");
        List<Integer> exhibitTargets = new ArrayList<>();
        pdf.bookmarks.forEach(s -> s.children().forEach(c -> exhibitTargets.add(c.target())));
        assertThat(exhibitTargets).isEqualTo(dividers);
        assertThat(pdf.bookmarks.get(0).children().get(0).title()).startsWith("Exhibit A — Birth certificate");
        assertThat(pdf.bookmarks).extracting(BinderPdf.Bookmark::target)
                .containsExactly(dividers.get(0), dividers.get(2), dividers.get(4), dividers.get(5));
    }

    @Test
    void indexListsEveryExhibitWithPageRangesAndLinksToDividers() {
        String text = pdf.pageTexts.get(1);
        assertThat(text).contains("A Birth certificate of Ana López", "1–3", "B Acta de matrimonio", "4–6",
                "Medical conditions and care", "Emotional and\npsychological hardship");
        assertThat(pdf.links.get(1)).isEqualTo(expectedDividers());
        assertThat(index.pageCount()).isEqualTo(1);
        assertThat(index.pageTexts.get(0)).contains("A Birth certificate of Ana López", "G ", "1–3");
    }

    @Test
    void scannedPagesOcrWordsAreSearchableInTheBinder() {
        String scanPage = pdf.pageTexts.get(expectedDividers().get(2) + 1);
        assertThat(scanPage).contains("Zanzibar", "diagnosis", "señora");
    }

    @Test
    void statementExhibitIsRenderedAsAPage() {
        String page = pdf.pageTexts.get(expectedDividers().get(3) + 1);
        assertThat(page).contains("Hospital record of 2015", "The hospital closed in 2016", "Exhibit D — page 1 of 1");
    }

    @Test
    void everyPageIsUsLetterLandscapeKeptLandscape() {
        for (int i = 0; i < pdf.pageCount(); i++) {
            float[] size = pdf.sizes.get(i);
            assertThat(List.of(List.of(size[0], size[1])))
                    .as("page %d", i).containsAnyOf(List.of(612f, 792f), List.of(792f, 612f));
        }
        assertThat(pdf.sizes.get(expectedDividers().get(5) + 1)).containsExactly(792f, 612f);
        assertThat(pdf.sizes.get(expectedDividers().get(4) + 1)).containsExactly(612f, 792f);
    }

    @Test
    void metadataIsATitleOnly() {
        assertThat(pdf.title).isEqualTo("Exhibits — I-601A — María López");
        assertThat(pdf.infoKeys).isEqualTo(1);
        assertThat(pdf.hasXmp).isFalse();
    }

    @Test
    void noTemporaryFilesAreLeftBeside() throws Exception {
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("binder.pdf", "index.pdf");
        }
    }

    static List<Integer> expectedDividers() {
        List<Integer> result = new ArrayList<>();
        int at = 2;
        for (int p : PAGES) {
            result.add(at);
            at += 1 + p;
        }
        return result;
    }
}
