package org.hardshipbinder.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Going back to the photo as taken, and forward again, on a real vault; the original's bytes never change. */
class CleanedPhotosTest {

    @TempDir
    Path dir;

    @Test
    void theChoiceIsStoredPerPageAndTheTextIsQueuedAgain() throws Exception {
        try (Services services = Services.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            long caseId = services.cases().create(CaseKind.I_601A, "Ana Torres", null).id();
            Path photo = dir.resolve("photo.jpg");
            Quad paper = new Quad(new double[] {200, 1300, 1350, 150}, new double[] {240, 220, 1790, 1770});
            ImageIO.write(GeneratedPhotos.photo(1500, 2000, paper, 9), "jpeg", photo.toFile());
            ImportOutcome.Imported imported = (ImportOutcome.Imported) services.importService()
                    .importFile(caseId, photo, ImportOptions.defaults());
            Page page = services.pages().listForDocument(imported.documentId()).get(0);
            String before = services.originals().sha256(imported.documentId()).orElseThrow();
            CleanedPhotos photos = services.cleanedPhotos();
            assertThat(photos.inUse(page.id())).isEmpty();
            assertThat(photos.use(page, false)).isFalse();

            services.pageImages().saveCleaned(new CleanedImage(page.id(), new byte[] {1, 2, 3}, 10, 13,
                    paper.text(), true));
            services.pages().setStatus(page.id(), PageStatus.DONE, null);
            assertThat(photos.inUse(page.id())).contains(true);

            assertThat(photos.use(page, false)).isTrue();
            assertThat(photos.inUse(page.id())).contains(false);
            assertThat(services.pageImages().cleanedInUse(page.id())).isEmpty();
            assertThat(services.pages().listForDocument(imported.documentId()).get(0).status()).isEqualTo(PageStatus.QUEUED);
            assertThat(photos.use(page, false)).isFalse();

            assertThat(photos.use(page, true)).isTrue();
            assertThat(services.pageImages().cleanedInUse(page.id())).isPresent();
            assertThat(services.originals().sha256(imported.documentId())).contains(before);
            assertThat(services.audit().recent(5)).anyMatch(e -> e.action().equals("page.original_image"));
        }
    }
}
