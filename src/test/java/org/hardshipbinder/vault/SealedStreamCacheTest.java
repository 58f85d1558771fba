package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFBox's buffers for an encrypted vault: same bytes back, nothing readable in the file, a changed block refused. */
class SealedStreamCacheTest {

    private static final int BLOCK = SealedStreamCache.BLOCK;

    @TempDir
    Path dir;

    @Test
    void randomWritesSeeksAndReadsGiveBackWhatWasWritten() throws Exception {
        Random random = new Random(11);
        byte[] model = new byte[BLOCK * 3 + 1234];
        random.nextBytes(model);
        try (SealedStreamCache cache = new SealedStreamCache(dir, BLOCK); RandomAccess buffer = cache.createBuffer()) {
            for (int at = 0; at < model.length; ) {
                int n = Math.min(model.length - at, 1 + random.nextInt(20_000));
                buffer.write(model, at, n);
                at += n;
            }
            assertThat(buffer.length()).isEqualTo(model.length);
            for (int i = 0; i < 200; i++) {
                int at = random.nextInt(model.length);
                int n = Math.min(model.length - at, 1 + random.nextInt(3 * BLOCK));
                if (random.nextBoolean()) {
                    byte[] fresh = new byte[n];
                    random.nextBytes(fresh);
                    System.arraycopy(fresh, 0, model, at, n);
                    buffer.seek(at);
                    buffer.write(fresh);
                } else {
                    buffer.seek(at);
                    byte[] read = new byte[n];
                    buffer.readFully(read);
                    assertThat(read).isEqualTo(Arrays.copyOfRange(model, at, at + n));
                }
            }
            buffer.seek(0);
            byte[] all = new byte[model.length];
            buffer.readFully(all);
            assertThat(all).isEqualTo(model);
            assertThat(buffer.read()).isEqualTo(-1);
            assertThat(buffer.createView(BLOCK - 2, 4).read()).isEqualTo(model[BLOCK - 2] & 0xff);
        }
        assertThat(files()).as("the scratch file is deleted on close").isEmpty();
    }

    @Test
    void whatSpillsToTheFileIsSealedAndAChangedBlockIsRefused() throws Exception {
        byte[] text = "Maribel Anzoategui Ferreira receives hemodialysis. ".repeat(BLOCK / 20).getBytes(StandardCharsets.UTF_8);
        try (SealedStreamCache cache = new SealedStreamCache(dir, 0); RandomAccess buffer = cache.createBuffer()) {
            buffer.write(text);
            buffer.seek(0);
            List<Path> spilled = files();
            assertThat(spilled).hasSize(1);
            assertThat(new String(Files.readAllBytes(spilled.get(0)), StandardCharsets.ISO_8859_1)).doesNotContain("Maribel", "hemodialysis");
            try (RandomAccessFile raf = new RandomAccessFile(spilled.get(0).toFile(), "rw")) {
                raf.seek(100);
                int b = raf.read();
                raf.seek(100);
                raf.write(b ^ 1);
            }
            assertThatThrownBy(() -> buffer.readFully(new byte[10])).isInstanceOf(IOException.class).hasMessageContaining("changed");
        }
    }

    @Test
    void aPdfBuiltOnTheSealedCacheIsWhole() throws Exception {
        Path pdf = dir.resolve("out").resolve("built.pdf");
        Files.createDirectories(pdf.getParent());
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        try (PDDocument doc = new PDDocument(() -> new SealedStreamCache(scratch, 0))) {
            for (int i = 1; i <= 5; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Page " + i + " of the sealed test");
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        try (PDDocument back = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(back.getNumberOfPages()).isEqualTo(5);
            assertThat(new PDFTextStripper().getText(back)).contains("Page 5 of the sealed test");
        }
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().startsWith("sealed-")).toList();
        }
    }
}
