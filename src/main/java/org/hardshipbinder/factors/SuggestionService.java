package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.factors.SuggestionDecisionRepository.Decision;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Document.DocumentMetadata;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;
import org.hardshipbinder.vault.Vault;

/**
 * Suggestions for a case's documents from their text, minus what the user already decided or already has.
 * Accepting one applies it (a tag with origin SUGGESTION; a metadata field only while it is empty); rejecting it
 * makes sure it is not offered again.
 */
public final class SuggestionService {

    private final Vault vault;
    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final TagRepository tags;
    private final PageTextRepository pageTexts;
    private final DocumentFactsRepository facts;
    private final SuggestionDecisionRepository decisions;
    private final CaseFactors factors;
    private final TaggingService tagging;

    public SuggestionService(Vault vault, CaseRepository cases, PersonRepository people, DocumentRepository documents,
                             TagRepository tags, PageTextRepository pageTexts, DocumentFactsRepository facts,
                             SuggestionDecisionRepository decisions, CaseFactors factors, TaggingService tagging) {
        this.vault = vault;
        this.cases = cases;
        this.people = people;
        this.documents = documents;
        this.tags = tags;
        this.pageTexts = pageTexts;
        this.facts = facts;
        this.decisions = decisions;
        this.factors = factors;
        this.tagging = tagging;
    }

    /** The open suggestions of a case, document by document, titles in English. */
    public List<Suggestion> pending(long caseId) {
        return pending(caseId, Locale.ENGLISH);
    }

    /** The open suggestions of a case, document by document; titles in the user's language. */
    public List<Suggestion> pending(long caseId, Locale locale) {
        Optional<Case> kase = cases.find(caseId);
        if (kase.isEmpty()) {
            return List.of();
        }
        List<Person> persons = people.listForCase(caseId);
        SuggestionEngine engine = new SuggestionEngine(factors.forCase(kase.get()), factors.catalog(), persons,
                FactorSet.forKind(kase.get().kind()) == FactorSet.HARDSHIP, locale);
        Set<String> decided = decisions.decidedKeys(caseId);
        List<Tag> existingTags = tags.forCase(caseId);
        Map<Long, Set<Long>> concerned = facts.peopleForCase(caseId);
        Map<Long, Set<String>> shown = facts.circumstancesForCase(caseId);
        Map<Long, Document> byId = new LinkedHashMap<>();
        List<TranslationPairer.Text> texts = new ArrayList<>();
        Map<Long, TranslationPairer.Text> textById = new LinkedHashMap<>();
        List<Suggestion> all = new ArrayList<>();
        for (Document doc : documents.listForCase(caseId)) {
            String text = pageTexts.documentText(doc.id());
            if (text.isBlank()) {
                continue;
            }
            byId.put(doc.id(), doc);
            String language = doc.metadata().language() == null ? "und" : doc.metadata().language();
            texts.add(new TranslationPairer.Text(doc.id(), text, language));
            textById.put(doc.id(), texts.get(texts.size() - 1));
            all.addAll(engine.suggest(doc.id(), text, language));
        }
        TranslationShares shares = new TranslationShares(engine);
        for (TranslationPairer.Pair p : new TranslationPairer().pair(texts)) {
            Document original = byId.get(p.original());
            TranslationPairer.Text originalText = textById.get(p.original());
            all.addAll(shares.share(side(textById.get(p.translation()), byId, null),
                    side(originalText, byId, p.namedLanguage().orElse(originalText.language())), all));
            all.add(new Suggestion(p.translation(), SuggestionKind.TRANSLATION_OF, String.valueOf(p.original()), null,
                    null, Math.min(0.95, 0.5 + 0.05 * p.shared()),
                    UserMessage.of("metadata.translationOf.reason", original.displayTitle(), p.shared())));
            p.namedLanguage().ifPresent(language -> all.add(new Suggestion(p.original(), SuggestionKind.LANGUAGE,
                    language, null, null, 0.8, UserMessage.of("metadata.language.namedByTranslation",
                    byId.get(p.translation()).displayTitle()))));
        }
        List<Suggestion> open = new ArrayList<>();
        for (Suggestion s : all) {
            if (!decided.contains(s.key()) && !alreadyThere(s, byId.get(s.documentId()), existingTags, concerned, shown)) {
                open.add(s);
            }
        }
        return open;
    }

    /** {@code language}: the language the side is known to be in (named by its translation), else as read. */
    private static TranslationShares.Side side(TranslationPairer.Text t, Map<Long, Document> byId, String language) {
        return new TranslationShares.Side(t.id(), t.text(), language == null ? t.language() : language,
                byId.get(t.id()).displayTitle());
    }

    private static boolean alreadyThere(Suggestion s, Document doc, List<Tag> existing, Map<Long, Set<Long>> concerned,
                                        Map<Long, Set<String>> shown) {
        DocumentMetadata m = doc.metadata();
        return switch (s.kind()) {
            case FACTOR -> existing.stream().anyMatch(t -> t.documentId() == doc.id() && t.factor().equals(s.value())
                    && Objects.equals(t.personId(), s.personId()));
            case EVIDENCE_TYPE -> m.evidenceType() != null;
            case SOURCE -> m.source() != null;
            case DATE -> m.date() != null;
            case PERSON -> concerned.getOrDefault(doc.id(), Set.of()).contains(s.personId());
            case CIRCUMSTANCE -> shown.getOrDefault(doc.id(), Set.of()).contains(s.value());
            case TITLE -> m.title() != null && !m.title().isBlank();
            case LANGUAGE -> s.value().equals(m.language());
            case TRANSLATION_OF -> m.translationOf() != null;
        };
    }

    /** Applies a suggestion and remembers it was accepted. */
    public void accept(Suggestion s) {
        vault.write(c -> {
            apply(s);
            decisions.record(s, Decision.ACCEPTED);
            return null;
        });
    }

    public void reject(Suggestion s) {
        decisions.record(s, Decision.REJECTED);
    }

    /** Accepts every open suggestion of a case; returns them. */
    public List<Suggestion> acceptAll(long caseId) {
        List<Suggestion> open = pending(caseId);
        vault.write(c -> {
            open.forEach(this::accept);
            return null;
        });
        return open;
    }

    public Optional<Suggestion> find(long caseId, String key) {
        return pending(caseId).stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private void apply(Suggestion s) {
        switch (s.kind()) {
            case FACTOR -> tagging.tag(s.documentId(), s.value(), s.personId(), s.scenario(), TagOrigin.SUGGESTION);
            case PERSON -> facts.addPerson(s.documentId(), s.personId(), TagOrigin.SUGGESTION);
            case CIRCUMSTANCE -> facts.addCircumstance(s.documentId(), s.value(), TagOrigin.SUGGESTION);
            case EVIDENCE_TYPE, SOURCE, DATE, TITLE, LANGUAGE, TRANSLATION_OF -> fillMetadata(s);
        }
    }

    /** Fills one metadata field from a suggestion, only while the field is empty (a language only while unconfirmed). */
    private void fillMetadata(Suggestion s) {
        Document doc = documents.find(s.documentId()).orElseThrow();
        DocumentMetadata m = doc.metadata();
        String title = m.title();
        String type = m.evidenceType();
        java.time.LocalDate date = m.date();
        SourceKind source = m.source();
        String language = m.language();
        Long original = m.translationOf();
        switch (s.kind()) {
            case EVIDENCE_TYPE -> type = type == null ? s.value() : type;
            case SOURCE -> source = source == null ? SourceKind.fromCode(s.value()).orElseThrow() : source;
            case DATE -> date = date == null ? java.time.LocalDate.parse(s.value()) : date;
            case TITLE -> title = title == null || title.isBlank() ? s.value() : title;
            case LANGUAGE -> language = s.value();
            case TRANSLATION_OF -> original = original == null ? Long.valueOf(s.value()) : original;
            default -> {
                return;
            }
        }
        if (s.kind() == SuggestionKind.LANGUAGE) {
            documents.setLanguage(doc.id(), language);
            return;
        }
        documents.updateMetadata(doc.id(), new DocumentMetadata(title, type, date, m.dateApproximate(), source,
                m.author(), m.language(), original));
    }
}
