package org.hardshipbinder.checks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.CheckSettings;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.LocalizedLabel;
import org.hardshipbinder.factors.CaseFactors;
import org.hardshipbinder.factors.CoverageService;
import org.hardshipbinder.checks.facts.DocumentFacts;
import org.hardshipbinder.checks.facts.FactExtractor;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;

/** Reads one case from the vault into the form the checks work on, reading the facts of every document once. */
public final class CaseEvidenceLoader {

    /** Words OCR read with less confidence than this are never judged to be typos. */
    private static final double CLEAR_WORD = 70;

    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final PageRepository pages;
    private final PageTextRepository pageTexts;
    private final TagRepository tags;
    private final CoverageService coverage;
    private final CaseFactors factors;
    private final BinderStateReader binder;
    private final Clock clock;

    public CaseEvidenceLoader(CaseRepository cases, PersonRepository people, DocumentRepository documents,
                              PageRepository pages, PageTextRepository pageTexts, TagRepository tags,
                              CoverageService coverage, CaseFactors factors, BinderStateReader binder, Clock clock) {
        this.cases = cases;
        this.people = people;
        this.documents = documents;
        this.pages = pages;
        this.pageTexts = pageTexts;
        this.tags = tags;
        this.coverage = coverage;
        this.factors = factors;
        this.binder = binder;
        this.clock = clock;
    }

    public Optional<CaseEvidence> load(long caseId, CheckSettings settings) {
        Optional<Case> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Person> persons = people.listForCase(caseId);
        FactExtractor extractor = new FactExtractor(persons);
        List<DocumentEvidence> evidence = new ArrayList<>();
        for (Document d : documents.listForCase(caseId)) {
            evidence.add(document(d, extractor));
        }
        Map<String, LocalizedLabel> labels = new HashMap<>();
        factors.forCase(found.get()).forEach(f -> labels.put(f.code(), new LocalizedLabel(f.label().byLanguage())));
        return Optional.of(new CaseEvidence(found.get(), persons, evidence, tags.forCase(caseId), extractor.profileFacts(),
                extractor.names(), LocalDate.now(clock), settings, coverage.coverage(caseId), labels,
                binder.read(caseId)));
    }

    /**
     * Every fact of a case: the case profile's and each document's, as the checks read them. The chronology reads
     * its dated facts through here, so a better extractor reaches it without any change on its side.
     */
    public List<Fact> facts(long caseId) {
        List<Person> persons = people.listForCase(caseId);
        FactExtractor extractor = new FactExtractor(persons);
        List<Fact> all = new ArrayList<>(extractor.profileFacts());
        for (Document d : documents.listForCase(caseId)) {
            all.addAll(document(d, extractor).facts().facts());
        }
        return all;
    }

    /** The facts read from one document (none when there is no such document). */
    public List<Fact> factsOfDocument(long documentId) {
        return documentFacts(documentId).map(DocumentFacts::facts).orElse(List.of());
    }

    /** The facts read from one document, with the people of its case; empty when there is no such document. */
    public Optional<DocumentFacts> documentFacts(long documentId) {
        return documents.find(documentId).map(d -> document(d, new FactExtractor(people.listForCase(d.caseId()))).facts());
    }

    private DocumentEvidence document(Document d, FactExtractor extractor) {
        List<Page> docPages = pages.listForDocument(d.id());
        Map<Long, Integer> numbers = docPages.stream().collect(Collectors.toMap(Page::id, Page::number));
        List<PageContent> contents = new ArrayList<>();
        for (PageText t : pageTexts.forDocument(d.id())) {
            contents.add(new PageContent(numbers.getOrDefault(t.pageId(), 0), t.text(), t.language(), t.confidence(), unclear(t)));
        }
        return assemble(d, docPages, contents, extractor);
    }

    /** One document's evidence from its record, pages and page text: its language, and the facts read from it. */
    public static DocumentEvidence assemble(Document d, List<Page> docPages, List<PageContent> contents, FactExtractor extractor) {
        String language = language(d, contents);
        boolean dayFirst = language != null && !language.equals(DocumentEvidence.ENGLISH) && !language.equals(PageText.UNKNOWN_LANGUAGE);
        return new DocumentEvidence(d, docPages, contents, language,
                extractor.extract(d.id(), contents, dayFirst, d.metadata().author()));
    }

    /** The recorded language, else the language most of the pages are in. */
    private static String language(Document d, List<PageContent> contents) {
        String recorded = d.metadata().language();
        if (recorded != null && !recorded.isBlank()) {
            return recorded;
        }
        Map<String, Long> counts = contents.stream().filter(c -> c.language() != null && !c.text().isBlank())
                .collect(Collectors.groupingBy(PageContent::language, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Set<String> unclear(PageText t) {
        Set<String> words = new HashSet<>();
        Map<String, Double> best = new HashMap<>();
        for (Word w : t.words()) {
            String clean = w.text().replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            best.merge(clean, w.confidence(), Math::max);
        }
        best.forEach((word, confidence) -> {
            if (confidence < CLEAR_WORD) {
                words.add(word);
            }
        });
        return words;
    }

}
