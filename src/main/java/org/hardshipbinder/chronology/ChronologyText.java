package org.hardshipbinder.chronology;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.DatePrecision;
import org.hardshipbinder.model.FactKind;

/** The chronology's words in one language: kinds of event, where each event was read, dates as people write them. */
public final class ChronologyText {

    /** How much of the text before a date is quoted with it, in characters. */
    private static final int LEAD = 40;

    private final Messages messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    public ChronologyText(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.months = DateTimeFormatter.ofPattern(messages.get("chronology.monthPattern"), messages.locale());
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** "Birth date", "Fecha de nacimiento". */
    public String kind(FactKind kind) {
        return messages.get("fact.kind." + kind.code());
    }

    /** The event's date as the reader's language writes it, "about …" when approximate, both readings when ambiguous. */
    public String date(ChronologyEvent event) {
        if (event.date() == null) {
            return messages.get("chronology.undated");
        }
        String date = date(event.date(), event.precision());
        if (event.alternativeDate() != null) {
            date = messages.get("chronology.eitherDate", date, date(event.alternativeDate(), event.precision()));
        }
        return event.approximate() ? messages.get("chronology.about", date) : date;
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A date as precise as the text gave it: "Feb 3, 2020", "February 2020" or "2020". */
    public String date(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> dates.format(date);
            case MONTH -> months.format(date);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** A date for scripts and tables, as precise as the text gave it: 2020-02-03, 2020-02 or 2020. */
    public static String isoDate(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** Whom the event is about; "—" for nobody known. */
    public String person(ChronologyEvent event) {
        return event.person() == null ? messages.get("chronology.noPerson") : event.person();
    }

    /** Where the event was read: "Birth certificate, page 2", "the case details", "Letter (its recorded date)". */
    public String source(ChronologyEvent event) {
        return switch (event.origin()) {
            case CASE_DETAILS -> messages.get("chronology.source.case");
            case DOCUMENT_DETAILS -> event.dated() ? messages.get("chronology.source.details", event.document()) : event.document();
            case TEXT -> event.page() == null ? event.document() : messages.get("chronology.source.page", event.document(), event.page());
        };
    }

    /**
     * The words as the evidence writes them, quoted, with the few words before the date that say what it is ("…was
     * diagnosed with lupus on May 1, 2020"); empty when the event was not read from a page.
     */
    public String words(ChronologyEvent event) {
        if (event.text() == null || event.text().isBlank()) {
            return "";
        }
        String date = event.text().strip().replaceAll("\\s+", " ");
        String context = lead(event.context());
        return context.isEmpty() ? messages.get("chronology.words", date) : messages.get("chronology.wordsAfter", context, date);
    }

    /** The last few whole words of the text before a date. */
    private static String lead(String context) {
        if (context == null) {
            return "";
        }
        String text = context.strip().replaceAll("\\s+", " ");
        if (text.length() > LEAD) {
            text = text.substring(text.length() - LEAD);
            int space = text.indexOf(' ');
            text = space < 0 ? text : text.substring(space + 1);
        }
        return text;
    }

    /** "Birth date of Ana Ruiz", "Marriage date". */
    public String conflictTitle(DateConflict conflict) {
        return conflict.person() == null ? kind(conflict.kind())
                : messages.get("chronology.conflict.of", kind(conflict.kind()), conflict.person());
    }
}
