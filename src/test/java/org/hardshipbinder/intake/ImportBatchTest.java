package org.hardshipbinder.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBatchTest {

    @TempDir
    Path temp;

    @Test
    void filesAreCheckedAndHashedBeforeAnyVaultIsOpen() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("scans"));
        Path pdf = Files.writeString(folder.resolve("b.pdf"), "%PDF-1.4\n% a page would follow\n");
        Path note = Files.writeString(folder.resolve("a.txt"), "not a document");
        Path empty = Files.createFile(folder.resolve("c.pdf"));
        try (ImportBatch batch = ImportBatch.start(List.of(folder), ImportOptions.defaults())) {
            List<ImportBatch.Item> items = batch.items();
            assertThat(items).extracting(ImportBatch.Item::file).containsExactly(note, pdf, empty);
            assertThat(items.get(0).screened()).isInstanceOf(Preflight.Refused.class);
            assertThat(items.get(0).sha256()).as("a refused file is never read whole").isNull();
            assertThat(items.get(1).screened()).isEqualTo(new Preflight.Passed(org.hardshipbinder.model.MediaType.PDF, Files.size(pdf)));
            assertThat(items.get(1).sha256().get()).isEqualTo(Checksums.sha256(pdf)).hasSize(64);
            assertThat(((Preflight.Refused) items.get(2).screened()).reason().key()).isEqualTo("intake.rejected.empty");
        }
    }

    @Test
    void aFolderGivenAsOneFileIsRefusedNotExpanded() {
        try (ImportBatch batch = ImportBatch.ofFiles(List.of(temp), ImportOptions.defaults())) {
            assertThat(((Preflight.Refused) batch.items().get(0).screened()).reason().key())
                    .isEqualTo("intake.rejected.notFound");
        }
    }
}
