package org.hardshipbinder.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hardshipbinder.i18n.Messages;

/** The language of the command line: {@code --lang en|es} anywhere in the arguments, else the system's language. */
final class CliLanguage {

    static final String OPTION = "--lang";

    private CliLanguage() {
    }

    /** Empty when --lang names a language the app does not speak. */
    static Optional<Locale> of(String[] args, Locale system) {
        String requested = requested(args);
        if (requested == null) {
            return Optional.of(system.getLanguage().equals("es") ? Messages.SPANISH : Locale.ENGLISH);
        }
        return switch (requested.toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(Locale.ENGLISH);
            case "es" -> Optional.of(Messages.SPANISH);
            default -> Optional.empty();
        };
    }

    /** The value given to --lang (last one wins, as in picocli), or null. */
    static String requested(String[] args) {
        List<String> list = List.of(args);
        String value = null;
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals(OPTION) && i + 1 < list.size()) {
                value = list.get(i + 1);
            } else if (arg.startsWith(OPTION + "=")) {
                value = arg.substring(OPTION.length() + 1);
            }
        }
        return value;
    }
}
