package org.hardshipbinder.checks;

import java.util.List;
import org.hardshipbinder.checks.core.LanguageName;
import org.hardshipbinder.checks.core.LocalizedLabel;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.UserMessage;

/**
 * Turns a finding's message into a sentence. Findings carry lists and nested messages as arguments (the missing
 * certificate elements, the conflicting statements); they are formatted first, in the same language, and joined.
 */
public final class FindingFormatter {

    private final Messages messages;

    public FindingFormatter(Messages messages) {
        this.messages = messages;
    }

    public String format(UserMessage message) {
        return format(message, 0);
    }

    private String format(UserMessage message, int depth) {
        Object[] args = message.args().stream().map(a -> argument(a, depth)).toArray();
        return messages.get(message.key(), args);
    }

    /** Lists in the message itself are joined with "; ", lists inside its items with ", ", so they read apart. */
    private Object argument(Object arg, int depth) {
        if (arg instanceof UserMessage nested) {
            return format(nested, depth + 1);
        }
        if (arg instanceof List<?> list) {
            String separator = messages.get(depth == 0 ? "checks.listSeparator" : "checks.innerListSeparator");
            return String.join(separator, list.stream().map(a -> argument(a, depth)).map(String::valueOf).toList());
        }
        if (arg instanceof LanguageName language) {
            String name = java.util.Locale.forLanguageTag(language.code()).getDisplayLanguage(messages.locale());
            return name.isBlank() ? language.code() : name;
        }
        if (arg instanceof LocalizedLabel label) {
            return label.in(messages.locale());
        }
        if (arg instanceof Number number) {
            // Ids and counts read as written (a document id is "1234", not "1,234").
            return number.toString();
        }
        return arg;
    }
}
