package org.hardshipbinder.factors;

import org.hardshipbinder.text.TextFold;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Person;

/**
 * The title a practitioner would write in an exhibit index, in the user's language: what the document is, whom it
 * concerns, who issued it and when — "Birth certificate of Ana Reyes Cruz (Civil Registry of Tegucigalpa)",
 * "Declaration of María López (October 9, 2026)", "English translation of the marriage certificate of …".
 */
public final class TitleSuggester {

    /** What is known about a document when its title is written. */
    public record Described(String typeCode, String typeLabel, boolean translation, boolean firstPerson, List<Person> people,
                            String issuer, LocalDate date, String originalLanguage) {
    }

    private static final Pattern NOT_AN_ISSUER = Pattern.compile(
            "(^[\\d#(\\[])|\\d{3}|@|\\b(page|pagina|re|to|dear|estimad[oa]|a quien|to whom|translat\\w*|traduc\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A state's own name heads many records ("Republic of …", "United States of America"); the issuing office follows it. */
    private static final Pattern STATE_HEADING = Pattern.compile(
            "^(the )?(republic|republica|federative republic|estado|estados|state|united states|united mexican states|"
                    + "kingdom|reino)\\b.{0,40}$");
    private static final int MAX_ISSUER = 60;
    /** Letters and evaluations are about someone; records and certificates are of someone. */
    private static final java.util.Set<String> ABOUT = java.util.Set.of("physician_letter", "employer_letter",
            "community_letter", "psychological_evaluation", "therapy_record", "disability_determination", "iep");

    private final Messages messages;
    private final Locale locale;

    public TitleSuggester(Locale locale) {
        this.locale = locale;
        this.messages = new Messages(locale);
    }

    /** The short noun a title uses for a type ("Physician's letter"), else the catalog's label. */
    public String typeLabel(String code, String catalogLabel) {
        String key = "metadata.titleType." + code;
        return messages.has(key) ? messages.get(key) : catalogLabel;
    }

    public Locale locale() {
        return locale;
    }

    public String title(Described d) {
        String who = names(d.people());
        String what = d.typeLabel();
        String base;
        if (d.translation()) {
            base = messages.get(who.isEmpty() ? "metadata.title.translation" : "metadata.title.translationOf",
                    lower(what), who);
        } else if (d.firstPerson() && !who.isEmpty()) {
            base = messages.get("metadata.title.statementBy", what, d.people().get(0).name());
        } else {
            base = who.isEmpty() ? what : messages.get(ABOUT.contains(d.typeCode()) ? "metadata.title.about" : "metadata.title.of",
                    what, who);
        }
        StringBuilder title = new StringBuilder(base);
        if (d.issuer() != null && !d.issuer().isBlank() && !d.firstPerson()) {
            title.append(" (").append(d.issuer()).append(')');
        }
        if (d.date() != null) {
            title.append(", ").append(d.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        }
        if (d.originalLanguage() != null && !d.translation()) {
            String language = Locale.forLanguageTag(d.originalLanguage()).getDisplayLanguage(locale);
            if (!language.isBlank() && !language.equals(d.originalLanguage())) {
                title.append(messages.get("metadata.title.inLanguage", language));
            }
        }
        return title.toString();
    }

    /** The issuer as a letterhead or a record's heading names it: the first heading line that is a name, not a date, an address or the title. */
    public static String issuer(String heading, String typeLabelFolded) {
        for (String line : heading.split("\\R")) {
            String s = line.strip().replaceAll("\\s+", " ");
            String folded = TextFold.fold(s);
            if (s.length() < 4 || s.length() > MAX_ISSUER || NOT_AN_ISSUER.matcher(s).find()
                    || folded.contains(typeLabelFolded) || !s.matches(".*\\p{L}{3}.*") || STATE_HEADING.matcher(folded).find()) {
                continue;
            }
            return titleCase(s.replaceAll("[^\\p{L}\\p{N}.)]+$", ""));
        }
        return null;
    }

    private String names(List<Person> people) {
        List<String> names = people.stream().map(Person::name).limit(2).toList();
        return names.size() < 2 ? String.join("", names) : messages.get("metadata.title.and", names.get(0), names.get(1));
    }

    private String lower(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }

    /** "REGISTRO NACIONAL DE LAS PERSONAS" reads better as "Registro Nacional De Las Personas" in a sentence. */
    private static String titleCase(String s) {
        if (!s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (String word : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean keepSmall = word.length() <= 3 && out.length() > 0 && !word.contains(".");
            out.append(word.contains(".") && word.length() <= 5 ? word.toUpperCase(Locale.ROOT)
                    : keepSmall ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return out.toString();
    }
}
