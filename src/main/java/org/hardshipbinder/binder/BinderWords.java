package org.hardshipbinder.binder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;

/** The words printed in the binder. The binder is filed in English, whatever language the app is shown in. */
final class BinderWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private final Messages messages = new Messages(Locale.ENGLISH);

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String date(LocalDate date, boolean approximate) {
        if (date == null) {
            return "";
        }
        return approximate ? get("binder.pdf.approximately", DATE.format(date)) : DATE.format(date);
    }

    String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    boolean hasSection(String code) {
        return messages.has("binder.section." + code);
    }

    /** A section's English title: from the bundle when it has one, else the code in plain words. */
    String section(String code) {
        String key = "binder.section." + code;
        if (messages.has(key)) {
            return get(key);
        }
        String words = code.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
