package org.hardshipbinder.checks.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.checks.facts.DocumentFacts;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Page;

/**
 * One document as the checks see it: the record, its pages, the text of the pages that have been read, its language
 * (as recorded, else the most common page language), and the facts read from it.
 */
public record DocumentEvidence(Document document, List<Page> pages, List<PageContent> texts, String language,
                               DocumentFacts facts) {

    public static final String ENGLISH = "en";

    public DocumentEvidence {
        pages = List.copyOf(pages);
        texts = List.copyOf(texts);
    }

    public long id() {
        return document.id();
    }

    public String title() {
        return document.displayTitle();
    }

    public String fullText() {
        return String.join("\n\f", texts.stream().map(PageContent::text).toList());
    }

    /** Whether the pages have been read at all (OCR or text layer). */
    public boolean read() {
        return !texts.isEmpty();
    }

    public boolean hasText() {
        return texts.stream().anyMatch(t -> !t.text().isBlank());
    }

    public boolean knownLanguage() {
        return language != null && !language.isBlank() && !language.equals("und");
    }

    public boolean english() {
        return ENGLISH.equals(language);
    }

    /** Foreign means a known language other than English. */
    public boolean foreign() {
        return knownLanguage() && !english();
    }

    public boolean isTranslation() {
        return document.metadata().translationOf() != null;
    }

    public String evidenceType() {
        String t = document.metadata().evidenceType();
        return t == null ? "" : t.toLowerCase(Locale.ROOT);
    }

    /** The date the user recorded, else the latest date the document gives itself (a letter's date line, an issue date). */
    public LocalDate date() {
        if (document.metadata().date() != null) {
            return document.metadata().date();
        }
        return facts.of(FactKind.DOCUMENT_DATE).stream().map(Fact::date).max(LocalDate::compareTo).orElse(null);
    }

    public List<Integer> pageNumbers() {
        return pages.stream().map(Page::number).toList();
    }

    public int wordCount() {
        return texts.stream().mapToInt(t -> t.text().isBlank() ? 0 : t.text().strip().split("\\s+").length).sum();
    }
}
