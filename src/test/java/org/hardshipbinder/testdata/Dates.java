package org.hardshipbinder.testdata;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates written the way English and Spanish documents write them. */
public final class Dates {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private Dates() {
    }

    /** "March 5, 2019" */
    public static String english(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** "5 de marzo de 2019" */
    public static String spanish(LocalDate d) {
        return d.getDayOfMonth() + " de " + d.getMonth().getDisplayName(TextStyle.FULL, SPANISH) + " de " + d.getYear();
    }

    /** "03/05/2019" (month first, as in the US) */
    public static String usNumeric(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getMonthValue(), d.getDayOfMonth(), d.getYear());
    }
}
