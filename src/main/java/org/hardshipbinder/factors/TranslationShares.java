package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hardshipbinder.model.UserMessage;

/**
 * A translation and its original are one document in two languages: what either one's words show (factors, people
 * concerned), the other shows too, explained by the other's title. An original its own reading could not describe at
 * all (no evidence type: a script without an OCR model, only its numbers kept) is described through its translation
 * (see {@link SuggestionEngine#throughTranslation}).
 */
final class TranslationShares {

    /** What one side of a pair is: its id, text, language, title and the suggestions made for it so far. */
    record Side(long id, String text, String language, String title) {
    }

    private final SuggestionEngine engine;

    TranslationShares(SuggestionEngine engine) {
        this.engine = engine;
    }

    /** The suggestions to add for a pair, given every suggestion made so far. */
    List<Suggestion> share(Side translation, Side original, List<Suggestion> all) {
        List<Suggestion> added = new ArrayList<>();
        if (all.stream().noneMatch(s -> s.documentId() == original.id() && s.kind() == SuggestionKind.EVIDENCE_TYPE)) {
            LocalDate own = all.stream().filter(s -> s.documentId() == original.id() && s.kind() == SuggestionKind.DATE)
                    .map(s -> LocalDate.parse(s.value())).findFirst().orElse(null);
            added.addAll(engine.throughTranslation(original.id(), translation.text(), original.language(), own,
                    translation.title()));
        }
        List<Suggestion> known = new ArrayList<>(all);
        known.addAll(added);
        added.addAll(copied(translation, original, known));
        added.addAll(copied(original, translation, known));
        return added;
    }

    /** The factor and person suggestions of {@code from} that {@code to} lacks, for {@code to}. */
    private static List<Suggestion> copied(Side from, Side to, List<Suggestion> known) {
        List<Suggestion> out = new ArrayList<>();
        for (Suggestion s : known) {
            boolean shared = s.kind() == SuggestionKind.FACTOR || s.kind() == SuggestionKind.PERSON;
            if (s.documentId() != from.id() || !shared || has(known, to.id(), s) || has(out, to.id(), s)) {
                continue;
            }
            out.add(new Suggestion(to.id(), s.kind(), s.value(), s.personId(), s.scenario(), s.confidence() * 0.9,
                    UserMessage.of("metadata.sharedWithPair", from.title())));
        }
        return out;
    }

    private static boolean has(List<Suggestion> list, long documentId, Suggestion like) {
        return list.stream().anyMatch(s -> s.documentId() == documentId && s.kind() == like.kind()
                && s.value().equals(like.value()) && Objects.equals(s.personId(), like.personId()));
    }
}
