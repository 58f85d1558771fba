package org.hardshipbinder.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.LongFunction;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.ui.UiText;

/** What a suggestion proposes, in the user's words: "Medical — Laura — Separation", "Kind of document: Tax return" … */
public final class SuggestionWords {

    private final UiText text;
    private final LongFunction<String> personName;

    /** {@code personName} names a person of the case by id. */
    public SuggestionWords(UiText text, LongFunction<String> personName) {
        this.text = text;
        this.personName = personName;
    }

    public String label(Suggestion s) {
        return switch (s.kind()) {
            case FACTOR -> text.factor(s.value()) + " — " + person(s.personId()) + " — "
                    + text.get("ui.scenario." + (s.scenario() == null ? Scenario.BOTH : s.scenario()).code());
            case EVIDENCE_TYPE -> text.get("ui.suggestion.type", text.evidenceType(s.value()));
            case SOURCE -> text.get("ui.suggestion.source", text.get("ui.source." + s.value()));
            case DATE -> text.get("ui.suggestion.date", dateOf(s.value()));
            case PERSON -> text.get("ui.suggestion.person", person(parseId(s.value())));
            case CIRCUMSTANCE -> text.get("ui.suggestion.circumstance", text.circumstance(s.value()));
            case TITLE -> text.get("ui.suggestion.title", s.value());
            case LANGUAGE -> text.get("ui.suggestion.language", text.language(s.value()));
            case TRANSLATION_OF -> text.get("ui.suggestion.translationOf");
        };
    }

    /** The person a suggestion is about, or "the whole case". */
    public String person(Long personId) {
        if (personId == null) {
            return text.get("ui.document.wholeCase");
        }
        String name = personName.apply(personId);
        return name == null ? text.get("ui.document.wholeCase") : name;
    }

    public String explanation(Suggestion s) {
        return s.explanation() == null ? "" : text.format(s.explanation());
    }

    private String dateOf(String iso) {
        try {
            return text.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private static Long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
