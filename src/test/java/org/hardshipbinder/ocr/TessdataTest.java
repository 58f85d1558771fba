package org.hardshipbinder.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TessdataTest {

    @TempDir
    Path dir;

    @Test
    void shipsEnglishSpanishAndOrientationAndAddsTheUsersLanguages() throws Exception {
        Path user = Files.createDirectories(dir.resolve("user"));
        Files.writeString(user.resolve("hat.traineddata"), "stand-in");
        Path folder = dir.resolve("vault").resolve("tessdata");

        Tessdata tessdata = Tessdata.prepare(folder, user);

        assertThat(tessdata.languages()).contains("eng", "spa", "osd", "hat");
        assertThat(Files.size(folder.resolve("spa.traineddata"))).isGreaterThan(1_000_000);
        assertThat(Files.readString(folder.resolve("hat.traineddata"))).isEqualTo("stand-in");
    }

    @Test
    void aSecondPreparationKeepsWhatIsThere() throws Exception {
        Path folder = dir.resolve("tessdata");
        Tessdata.prepare(folder, null);
        long modified = Files.getLastModifiedTime(folder.resolve("eng.traineddata")).toMillis();
        Tessdata again = Tessdata.prepare(folder, dir.resolve("missing"));
        assertThat(again.has("eng")).isTrue();
        assertThat(Files.getLastModifiedTime(folder.resolve("eng.traineddata")).toMillis()).isEqualTo(modified);
    }
}
