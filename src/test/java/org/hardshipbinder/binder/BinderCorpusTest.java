package org.hardshipbinder.binder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-world originals from the corpus: a form, a signed owner-password PDF, an encrypted file with leading junk. */
class BinderCorpusTest {

    @TempDir
    Path dir;

    @Test
    void oddButReadableOriginalsArePlacedWithTheirText() throws Exception {
        try (BinderFixture f = new BinderFixture(dir)) {
            f.importFile(BinderFixture.corpus("paperless/with-form.pdf"));
            f.importFile(BinderFixture.corpus("paperless/signed.pdf"));
            f.importFile(BinderFixture.corpus("malformed/qpdf_leading-junk.pdf"));
            BinderOutcome outcome = f.build(dir.resolve("corpus.pdf"), null, null);
            assertThat(outcome).isInstanceOf(BinderOutcome.Built.class);
            BinderPdf pdf = BinderPdf.read(((BinderOutcome.Built) outcome).volumes().get(0));
            assertThat(pdf.pageCount()).isEqualTo(1 + 1 + 3 + 1 + 1 + 30);
            assertThat(pdf.pageTexts.get(3)).contains("This is a PDF document with a form", "Exhibit A — page 1 of 1");
            assertThat(pdf.pageTexts.get(5)).contains("digitally signed", "Exhibit B — page 1 of 1");
            assertThat(pdf.pageTexts.get(pdf.pageCount() - 1)).contains("Exhibit C — page 30 of 30");
        }
    }
}
