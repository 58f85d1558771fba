package org.hardshipbinder.ui.document;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.ui.pages.PageImages;
import org.hardshipbinder.wiring.Services;

/**
 * The document screen over the vault. Suggestions and facts come from the feature services through two functions,
 * so the screen does not know which service found them; suggestions the user rejected are not proposed again.
 */
public final class VaultDocumentService implements DocumentService {

    private final Services services;
    private final PageImages images;
    private final LongFunction<List<Suggestion>> suggestions;
    private final LongFunction<List<String>> facts;
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();

    public VaultDocumentService(Services services, PageImages images, LongFunction<List<Suggestion>> suggestions,
                                LongFunction<List<String>> facts) {
        this.services = services;
        this.images = images;
        this.suggestions = suggestions;
        this.facts = facts;
    }

    @Override
    public DocumentData load(long documentId) {
        Document document = services.documents().find(documentId).orElseThrow();
        List<Page> pages = services.pages().listForDocument(documentId);
        Map<Long, PageText> texts = services.pageTexts().forDocument(documentId).stream()
                .collect(Collectors.toMap(PageText::pageId, Function.identity()));
        List<Tag> tags = services.tags().forDocument(documentId);
        List<Document> others = services.documents().listForCase(document.caseId()).stream()
                .filter(d -> d.id() != documentId).toList();
        List<Suggestion> open = suggestions.apply(documentId).stream()
                .filter(s -> !rejected.contains(key(documentId, s)))
                .filter(s -> tags.stream().noneMatch(t -> t.factor().equals(s.factor())
                        && java.util.Objects.equals(t.personId(), s.personId()) && t.scenario() == s.scenario()))
                .toList();
        return new DocumentData(document, pages, texts, tags, services.people().listForCase(document.caseId()), others,
                open, facts.apply(documentId));
    }

    @Override
    public BufferedImage render(Document document, Page page, int widthPx) throws Exception {
        return images.render(document, page, widthPx);
    }

    @Override
    public void saveMetadata(long documentId, Document.DocumentMetadata metadata) {
        services.documents().updateMetadata(documentId, metadata);
    }

    @Override
    public Tag addTag(long documentId, String factor, Long personId, Scenario scenario, boolean fromSuggestion) {
        return services.tags().add(documentId, factor, personId, scenario,
                fromSuggestion ? TagOrigin.SUGGESTION : TagOrigin.USER);
    }

    @Override
    public void removeTag(long tagId) {
        services.tags().remove(tagId);
    }

    @Override
    public void rejectSuggestion(long documentId, Suggestion suggestion) {
        rejected.add(key(documentId, suggestion));
    }

    private static String key(long documentId, Suggestion s) {
        return documentId + "/" + s.factor() + "/" + s.personId() + "/" + s.scenario();
    }
}
