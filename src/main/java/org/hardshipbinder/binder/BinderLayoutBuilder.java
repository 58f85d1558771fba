package org.hardshipbinder.binder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageRepository;

/** Turns a plan into a numbered layout: descriptions, dates, factors, parts and binder page numbers. */
final class BinderLayoutBuilder {

    private final DocumentRepository documents;
    private final PageRepository pages;
    private final SectionCatalog catalog;
    private final BinderWords words;

    BinderLayoutBuilder(DocumentRepository documents, PageRepository pages, SectionCatalog catalog, BinderWords words) {
        this.documents = documents;
        this.pages = pages;
        this.catalog = catalog;
        this.words = words;
    }

    BinderLayout layout(Case theCase, BinderPlan plan, Map<Long, Set<String>> factors) {
        List<LaidOutExhibit> exhibits = new ArrayList<>();
        int number = 1;
        for (LabelledExhibit labelled : plan.labelled()) {
            PlannedExhibit e = labelled.exhibit();
            LaidOutExhibit laid = e.isStatement() ? statement(labelled, number) : document(labelled, factors, number);
            exhibits.add(laid);
            number = laid.lastNumber() + 1;
        }
        return new BinderLayout(theCase, plan.settings(), exhibits);
    }

    private LaidOutExhibit statement(LabelledExhibit labelled, int number) {
        PlannedExhibit e = labelled.exhibit();
        return new LaidOutExhibit(labelled.label(), labelled.sectionCode(), e.title(), "", List.of(),
                List.of(new ExhibitPart.StatementPart(e.title(), e.statement())), number);
    }

    private LaidOutExhibit document(LabelledExhibit labelled, Map<Long, Set<String>> factors, int number) {
        PlannedExhibit e = labelled.exhibit();
        Document original = documents.find(e.documentId()).orElseThrow();
        List<ExhibitPart> parts = new ArrayList<>();
        parts.add(new ExhibitPart.DocumentPart(original, pages.listForDocument(original.id())));
        for (long t : e.translationIds()) {
            documents.find(t).ifPresent(d -> parts.add(new ExhibitPart.DocumentPart(d, pages.listForDocument(d.id()))));
        }
        String description = e.title() != null ? e.title() : original.displayTitle();
        if (!e.translationIds().isEmpty()) {
            description = words.get("binder.pdf.withTranslation", description);
        }
        List<String> factorTitles = catalog.sorted(factors.getOrDefault(original.id(), Set.of())).stream()
                .map(catalog::title).toList();
        String date = words.date(original.metadata().date(), original.metadata().dateApproximate());
        return new LaidOutExhibit(labelled.label(), labelled.sectionCode(), description, date, factorTitles, parts, number);
    }
}
