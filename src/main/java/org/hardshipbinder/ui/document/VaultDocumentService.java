package org.hardshipbinder.ui.document;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.hardshipbinder.factors.Factor;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.TagResult;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.ui.pages.PageImages;
import org.hardshipbinder.wiring.Services;

/**
 * The document screen over the vault and the factors feature: tags go through the tagging rules, suggestions are the
 * factor engine's open ones for this document, and the facts are the people and circumstances found on it plus what
 * the checks extracted (through {@code extraFacts}).
 */
public final class VaultDocumentService implements DocumentService {

    private final Services services;
    private final PageImages images;
    private final LongFunction<List<String>> extraFacts;
    private final Function<String, String> circumstanceLabel;

    public VaultDocumentService(Services services, PageImages images, LongFunction<List<String>> extraFacts,
                                Function<String, String> circumstanceLabel) {
        this.services = services;
        this.images = images;
        this.extraFacts = extraFacts;
        this.circumstanceLabel = circumstanceLabel;
    }

    @Override
    public DocumentData load(long documentId) {
        FactorServices factors = services.factors();
        Document document = services.documents().find(documentId).orElseThrow();
        Case kase = services.cases().find(document.caseId()).orElseThrow();
        List<Page> pages = services.pages().listForDocument(documentId);
        Map<Long, PageText> texts = services.pageTexts().forDocument(documentId).stream()
                .collect(Collectors.toMap(PageText::pageId, Function.identity()));
        List<Tag> tags = services.tags().forDocument(documentId);
        List<Person> people = services.people().listForCase(document.caseId());
        List<Document> others = services.documents().listForCase(document.caseId()).stream()
                .filter(d -> d.id() != documentId).toList();
        List<Suggestion> open = factors.suggestions().pending(document.caseId()).stream()
                .filter(s -> s.documentId() == documentId).toList();
        List<String> facts = new ArrayList<>();
        for (Long personId : factors.documentFacts().people(documentId)) {
            people.stream().filter(p -> p.id() == personId).findFirst().ifPresent(p -> facts.add("👤 " + p.name()));
        }
        for (String circumstance : factors.documentFacts().circumstancesForCase(document.caseId())
                .getOrDefault(documentId, java.util.Set.of())) {
            facts.add("⚑ " + circumstanceLabel.apply(circumstance));
        }
        facts.addAll(extraFacts.apply(documentId));
        List<String> factorCodes = factors.caseFactors().forCase(kase).stream().map(Factor::code).toList();
        return new DocumentData(document, pages, texts, tags, people, others, open, facts, factorCodes);
    }

    @Override
    public BufferedImage render(Document document, Page page, int widthPx) throws Exception {
        return images.render(document, page, widthPx);
    }

    @Override
    public java.util.Optional<Boolean> cleanedImageInUse(Page page) {
        return services.cleanedPhotos().inUse(page.id());
    }

    @Override
    public void useCleanedImage(Page page, boolean cleaned) {
        if (services.cleanedPhotos().use(page, cleaned)) {
            // The page's text and word boxes belong to the image read: read it again, in the background.
            services.ocr().start(org.hardshipbinder.ocr.OcrRequest.forDocuments(List.of(page.documentId()), 1),
                    progress -> { });
        }
    }

    @Override
    public void saveMetadata(long documentId, Document.DocumentMetadata metadata) {
        services.documents().updateMetadata(documentId, metadata);
    }

    @Override
    public TagOutcome addTag(long documentId, String factor, Long personId, Scenario scenario) {
        TagResult result = services.factors().tagging().tag(documentId, factor, personId, scenario, TagOrigin.USER);
        if (result instanceof TagResult.Tagged tagged) {
            return new TagOutcome(tagged.tag(), null);
        }
        return new TagOutcome(null, ((TagResult.Refused) result).reason());
    }

    @Override
    public void removeTag(long tagId) {
        services.tags().remove(tagId);
    }

    @Override
    public void acceptSuggestion(Suggestion suggestion) {
        services.factors().suggestions().accept(suggestion);
    }

    @Override
    public void rejectSuggestion(Suggestion suggestion) {
        services.factors().suggestions().reject(suggestion);
    }
}
