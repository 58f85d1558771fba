package org.hardshipbinder.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.hardshipbinder.factors.FactorCatalog;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.VaultUnavailableException;

/** Turns keys, codes, dates and errors into the plain words the user sees, in the interface language. */
public final class UiText {

    private final Messages messages;
    private final DateTimeFormatter dates;
    private final FactorCatalog catalog;

    public UiText(Messages messages) {
        this(messages, null);
    }

    /** With the factor catalog, factor, evidence-type and circumstance codes show as the catalog's names. */
    public UiText(Messages messages, FactorCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String format(UserMessage message) {
        return messages.format(message);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** A sentence saying what went wrong and what to do; the detail itself was logged where it happened. */
    public String error(Throwable error) {
        if (error instanceof VaultUnavailableException unavailable) {
            return messages.format(unavailable.userMessage());
        }
        if (error instanceof CancellationException) {
            return messages.get("ui.task.cancelled");
        }
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return messages.get("ui.error.generic", detail);
    }

    public String date(LocalDate date) {
        return date == null ? get("ui.date.none") : dates.format(date);
    }

    /** A hardship factor's name from the factor catalog's bundle, or its code while the catalog has none. */
    public String factor(String code) {
        if (catalog != null && code != null) {
            var factor = catalog.factor(code);
            if (factor.isPresent()) {
                return factor.get().label(locale());
            }
        }
        return labelOr("factor." + code, code);
    }

    public String evidenceType(String code) {
        if (catalog != null && code != null) {
            var type = catalog.evidenceType(code);
            if (type.isPresent()) {
                return type.get().label(locale());
            }
        }
        return labelOr("evidenceType." + code, code);
    }

    public String circumstance(String code) {
        if (catalog != null && code != null) {
            var found = catalog.circumstance(code);
            if (found.isPresent()) {
                return found.get().label(locale());
            }
        }
        return labelOr("circumstance." + code, code);
    }

    public FactorCatalog catalog() {
        return catalog;
    }

    /** An ISO 639-1 code as a language name in the interface language ("und": not known). */
    public String language(String code) {
        if (code == null || code.isBlank() || code.equals("und")) {
            return get("ui.language.unknown");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return name.isBlank() ? code : name;
    }

    private String labelOr(String key, String code) {
        if (code == null) {
            return "";
        }
        return messages.has(key) ? messages.get(key) : code.replace('_', ' ');
    }

    public Messages messages() {
        return messages;
    }
}
