package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.vault.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An original that cannot be placed stops the build with a message naming it, and leaves no file behind. */
class BinderFailureTest {

    @TempDir
    Path dir;

    @Test
    void damagedOriginalStopsTheBuildNamingTheDocument() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            f.importFile(f.digitalPdf("good", 2, PDRectangle.LETTER));
            Document bad = f.importFile(f.digitalPdf("bad", 1, PDRectangle.LETTER));
            f.services.vault().write(c -> Jdbc.update(c, "UPDATE original_chunks SET data = ? WHERE original_id = ?",
                    "this is no longer a PDF".getBytes(), bad.id()));
            Path out = dir.resolve("out/binder.pdf");
            BinderOutcome outcome = f.build(out, dir.resolve("out/index.pdf"), null);
            assertThat(outcome).isInstanceOf(BinderOutcome.Stopped.class);
            String message = new Messages(java.util.Locale.ENGLISH).format(((BinderOutcome.Stopped) outcome).reason());
            assertThat(message).contains("document " + bad.id(), "bad.pdf", "was not made");
            try (var files = Files.list(dir.resolve("out"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void protectedOriginalOpensWithItsStoredPasswordAndStopsWithoutIt() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            Document locked = f.importFile(BinderFixture.corpus("malformed/qpdf_20-pages.pdf"), "user");
            BinderOutcome.Built built = (BinderOutcome.Built) f.build(dir.resolve("ok.pdf"), null, null);
            BinderPdf pdf = BinderPdf.read(built.volumes().get(0));
            assertThat(pdf.pageCount()).isEqualTo(1 + 1 + 1 + 20);
            assertThat(pdf.pageTexts.get(3)).contains("Exhibit A — page 1 of 20");

            f.services.vault().write(c -> Jdbc.update(c, "UPDATE originals SET open_password = NULL WHERE id = (SELECT imported_from FROM documents WHERE id = ?)", locked.id()));
            BinderOutcome outcome = f.build(dir.resolve("locked.pdf"), null, null);
            assertThat(outcome).isInstanceOf(BinderOutcome.Stopped.class);
            String message = new Messages(java.util.Locale.ENGLISH).format(((BinderOutcome.Stopped) outcome).reason());
            assertThat(message).contains("document " + locked.id(), "qpdf_20-pages.pdf", "password");
            assertThat(dir.resolve("locked.pdf")).doesNotExist();
        }
    }

    @Test
    void emptyCaseIsRefusedPlainly() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            BinderOutcome outcome = f.build(dir.resolve("none.pdf"), null, null);
            assertThat(outcome).isInstanceOf(BinderOutcome.Stopped.class);
            assertThat(((BinderOutcome.Stopped) outcome).reason().key()).isEqualTo("binder.stopped.empty");
        }
    }
}
