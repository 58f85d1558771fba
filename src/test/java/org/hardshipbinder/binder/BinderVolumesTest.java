package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting into volumes under a size limit, and the separate index. */
class BinderVolumesTest {

    private static final Pattern STAMP = Pattern.compile("Exhibit ([A-Z]+) — page (\\d+) of (\\d+)");

    @TempDir
    Path dir;

    @Test
    void volumesStayUnderTheLimitAndTogetherHoldEveryExhibitPageOnce() throws Exception {
        Map<String, Integer> expectedPages = new HashMap<>();
        try (BinderFixture f = new BinderFixture(dir)) {
            // Ten scans of ~250 KB each and one exhibit of six scans (~1.5 MB) that cannot fit one 1 MB volume.
            for (int i = 0; i < 10; i++) {
                Document d = f.importFile(f.scanJpeg("scan" + i, 1400, 1800, i));
                f.setMetadata(d, "Scan " + i, null, null);
            }
            Path bundle = dir.resolve("bundle.tiff");
            assertThat(bundle).doesNotExist();
            List<Document> docs = f.services.documents().listForCase(f.theCase.id());
            assertThat(docs.get(0).sizeBytes()).isGreaterThan(120_000);
            BinderOutcome outcome = f.build(dir.resolve("out/binder.pdf"), dir.resolve("out/index.pdf"), 1);
            assertThat(outcome).isInstanceOf(BinderOutcome.Built.class);
            BinderOutcome.Built built = (BinderOutcome.Built) outcome;
            assertThat(built.volumes()).hasSizeGreaterThan(1);
            assertThat(built.warnings()).isEmpty();
            for (int i = 0; i < built.volumes().size(); i++) {
                Path v = built.volumes().get(i);
                assertThat(v.getFileName().toString()).isEqualTo("binder-vol" + (i + 1) + ".pdf");
                assertThat(Files.size(v)).isLessThanOrEqualTo(1024 * 1024);
            }
            assertThat(dir.resolve("out/binder.pdf")).doesNotExist();
            for (int i = 0; i < 10; i++) {
                expectedPages.put(BinderPlanTest.letters(i), 1);
            }
            Map<String, List<Integer>> seen = new HashMap<>();
            Map<String, Integer> dividers = new HashMap<>();
            int n = built.volumes().size();
            for (int i = 0; i < n; i++) {
                BinderPdf pdf = BinderPdf.read(built.volumes().get(i));
                assertThat(pdf.pageTexts.get(0)).contains("Volume " + (i + 1) + " of " + n);
                assertThat(pdf.pageTexts.get(pdf.indexPages().get(0))).contains("Volume " + (i + 1) + " of " + n);
                for (int d : pdf.dividers()) {
                    dividers.merge(pdf.pageTexts.get(d).lines().findFirst().orElseThrow(), 1, Integer::sum);
                }
                assertThat(pdf.links.get(1)).isEqualTo(pdf.dividers());
                for (String text : pdf.pageTexts) {
                    Matcher m = STAMP.matcher(text);
                    if (m.find()) {
                        seen.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
                    }
                }
            }
            assertThat(dividers).hasSize(10).allSatisfy((label, count) -> assertThat(count).isEqualTo(1));
            assertThat(seen).hasSize(10);
            seen.forEach((label, pages) -> assertThat(pages).containsExactly(1));
            BinderPdf index = BinderPdf.read(dir.resolve("out/index.pdf"));
            assertThat(String.join("", index.pageTexts)).contains("in volume 1", "in volume " + n);
        }
    }

    @Test
    void anExhibitLargerThanAVolumeIsCutAcrossVolumesWithANote() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            Path big = dir.resolve("big.pdf");
            try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                for (int i = 0; i < 8; i++) {
                    var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
                    doc.addPage(page);
                    var image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc,
                            javax.imageio.ImageIO.read(f.scanJpeg("big" + i, 1400, 1800, 100 + i).toFile()), 0.9f);
                    try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                        cs.drawImage(image, 0, 0, 612, 792);
                    }
                }
                doc.save(big.toFile());
            }
            f.importFile(big);
            BinderOutcome.Built built = (BinderOutcome.Built) f.build(dir.resolve("out/b.pdf"), null, 1);
            assertThat(built.volumes()).hasSizeGreaterThan(1);
            List<Integer> pages = new ArrayList<>();
            int dividers = 0;
            for (int i = 0; i < built.volumes().size(); i++) {
                assertThat(Files.size(built.volumes().get(i))).isLessThanOrEqualTo(1024 * 1024);
                BinderPdf pdf = BinderPdf.read(built.volumes().get(i));
                dividers += pdf.dividers().size();
                for (String text : pdf.pageTexts) {
                    Matcher m = STAMP.matcher(text);
                    if (m.find()) {
                        pages.add(Integer.parseInt(m.group(2)));
                    }
                }
                if (i > 0) {
                    assertThat(pdf.pageTexts.get(1)).contains("continued from volume " + i);
                    assertThat(pdf.links.get(1)).containsExactly(2);
                }
            }
            assertThat(dividers).isEqualTo(1);
            assertThat(pages).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        }
    }
}
