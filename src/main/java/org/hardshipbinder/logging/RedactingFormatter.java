package org.hardshipbinder.logging;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The log format while an encrypted vault is open: time, level, logger and the message as written in the code, with
 * neither its parameters nor the exceptions' messages (they can carry a document's file name, a person's name or a
 * line of text); an exception keeps its type and stack, which is what a bug report needs.
 */
final class RedactingFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder();
        out.append(TIME.format(ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()))).append(' ')
                .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                .append(record.getMessage() == null ? "" : record.getMessage());
        if (record.getParameters() != null && record.getParameters().length > 0) {
            out.append(" [").append(record.getParameters().length).append(" value(s) withheld]");
        }
        out.append(System.lineSeparator());
        Throwable t = record.getThrown();
        String prefix = "";
        while (t != null) {
            out.append(prefix).append(t.getClass().getName()).append(" (message withheld)").append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\tat ").append(frame).append(System.lineSeparator());
            }
            prefix = "Caused by: ";
            t = t.getCause() == t ? null : t.getCause();
        }
        return out.toString();
    }
}
