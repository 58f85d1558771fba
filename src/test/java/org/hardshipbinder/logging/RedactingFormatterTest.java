package org.hardshipbinder.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** While an encrypted vault is open the log keeps what a bug report needs and nothing that names a person or file. */
class RedactingFormatterTest {

    @Test
    void keepsTheMessageAsWrittenAndTheStackButNoValueAndNoExceptionMessage() {
        LogRecord record = new LogRecord(Level.WARNING, "page {0} could not be read");
        record.setLoggerName("org.hardshipbinder.ocr.OcrWorker");
        record.setParameters(new Object[] {"Maribel Anzoategui passport.pdf"});
        record.setThrown(new UncheckedIOException("reading /home/ana/Maribel Anzoategui passport.pdf",
                new NoSuchFileException("/home/ana/Maribel Anzoategui passport.pdf")));

        String line = new RedactingFormatter().format(record);

        assertThat(line).contains("WARNING", "org.hardshipbinder.ocr.OcrWorker", "page {0} could not be read",
                "java.io.UncheckedIOException", "Caused by: java.nio.file.NoSuchFileException",
                "at org.hardshipbinder.logging.RedactingFormatterTest");
        assertThat(line).doesNotContain("Maribel", "Anzoategui", "passport", "/home/ana");
    }
}
