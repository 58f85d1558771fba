package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CaptureTimesTest {

    @Test
    void readsTheCamerasDateTakenFromExif() throws Exception {
        LocalDateTime when = LocalDateTime.of(2026, 3, 14, 15, 9, 26);
        byte[] jpeg = ExifJpeg.taken(when, 64, 48);

        assertThat(new CaptureTimes().fromExif(new ByteArrayInputStream(jpeg))).isEqualTo(when);
    }

    @Test
    void aFileWithoutExifHasNoCaptureTime() {
        assertThat(new CaptureTimes().fromExif(new ByteArrayInputStream("%PDF-1.7".getBytes()))).isNull();
    }

    @Test
    void readsTheTimeStampsThatPhonesMessagingAppsAndScannersPutInFileNames() {
        assertThat(CaptureTimes.fromFileName("IMG_20250102_030405.jpg")).isEqualTo(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
        assertThat(CaptureTimes.fromFileName("photo_2025-06-07_21-08-09.jpg")).isEqualTo(LocalDateTime.of(2025, 6, 7, 21, 8, 9));
        assertThat(CaptureTimes.fromFileName("WhatsApp Image 2025-11-30 at 07.45.12.jpeg"))
                .isEqualTo(LocalDateTime.of(2025, 11, 30, 7, 45, 12));
        assertThat(CaptureTimes.fromFileName("Scan 2025-02-03 10.11.12.pdf")).isEqualTo(LocalDateTime.of(2025, 2, 3, 10, 11, 12));
        assertThat(CaptureTimes.fromFileName("img20250405_11223344.pdf")).isEqualTo(LocalDateTime.of(2025, 4, 5, 11, 22, 33));
    }

    @Test
    void numbersThatAreNotADateAndTimeAreIgnored() {
        assertThat(CaptureTimes.fromFileName("IMG_0962.JPG")).isNull();
        assertThat(CaptureTimes.fromFileName("invoice 20251399 887766.pdf")).isNull();
        assertThat(CaptureTimes.fromFileName("letter.pdf")).isNull();
    }
}
