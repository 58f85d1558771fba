package org.hardshipbinder.checks.translation;

import java.util.Locale;

/** A language code as a name the user reads ("Spanish"), in English; the code itself when unknown. */
final class Languages {

    private Languages() {
    }

    static String name(String code) {
        if (code == null) {
            return "?";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
