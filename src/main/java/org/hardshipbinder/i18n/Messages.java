package org.hardshipbinder.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.hardshipbinder.model.UserMessage;

/**
 * Turns message keys into sentences in the user's language. Each feature keeps its own bundle under {@code i18n/}
 * (English base file and a Spanish {@code _es} file with the same keys); a key is looked up in all of them.
 */
public final class Messages {

    /** Every bundle of the app, one per feature. A test fails when a key is missing in either language. */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.ocr", "i18n.search", "i18n.factors",
            "i18n.checks", "i18n.binder", "i18n.ui", "i18n.chronology", "i18n.desktop", "i18n.pages", "i18n.imaging",
            "i18n.logging", "i18n.cli", "i18n.facts", "i18n.metadata", "i18n.grouping", "i18n.vault", "i18n.duplicates",
            "i18n.transfer", "i18n.restore", "i18n.security");
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    public Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle(name, locale, noFallback));
            } catch (MissingResourceException absent) {
                // A feature without user-facing text has no bundle.
            }
        }
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                // Patterns with arguments are MessageFormat patterns (a quote is written ''); the others are plain text.
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return key;
    }

    /** The raw text of a key (not formatted), for tools that format it themselves, such as picocli's help. */
    public Optional<String> pattern(String key) {
        return bundles.stream().filter(b -> b.containsKey(key)).findFirst().map(b -> b.getString(key));
    }

    /** Every key of every bundle. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles.forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /** The sentence, with arguments that are sentences themselves (e.g. "undone: …") put in the same language. */
    public String format(UserMessage message) {
        return get(message.key(), message.args().stream().map(a -> a instanceof UserMessage m ? format(m) : a).toArray());
    }
}
