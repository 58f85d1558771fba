package org.hardshipbinder.checks.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hardshipbinder.checks.facts.NameMatcher;
import org.hardshipbinder.factors.CaseCoverage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.RefusedDuplicate;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Tag;

/**
 * Everything the checks look at for one case, loaded once: people, documents with their text and facts, tags, and
 * the factor coverage (what the case claims and what its tagged evidence covers).
 */
public record CaseEvidence(Case theCase, List<Person> people, List<DocumentEvidence> documents, List<Tag> tags,
                           List<Fact> profileFacts, NameMatcher names, LocalDate today, CheckSettings settings,
                           Optional<CaseCoverage> coverage, Map<String, LocalizedLabel> factorLabels, BinderState binder,
                           List<RefusedDuplicate> refusedDuplicates) {

    public CaseEvidence {
        refusedDuplicates = List.copyOf(refusedDuplicates);
        people = List.copyOf(people);
        documents = List.copyOf(documents);
        tags = List.copyOf(tags);
        profileFacts = List.copyOf(profileFacts);
        factorLabels = Map.copyOf(factorLabels);
    }

    /** A case with no file refused at import as a copy. */
    public CaseEvidence(Case theCase, List<Person> people, List<DocumentEvidence> documents, List<Tag> tags,
                        List<Fact> profileFacts, NameMatcher names, LocalDate today, CheckSettings settings,
                        Optional<CaseCoverage> coverage, Map<String, LocalizedLabel> factorLabels, BinderState binder) {
        this(theCase, people, documents, tags, profileFacts, names, today, settings, coverage, factorLabels, binder, List.of());
    }

    /** A factor's label for messages; its code when the case does not know it. */
    public LocalizedLabel factorLabel(String code) {
        return factorLabels.getOrDefault(code, new LocalizedLabel(Map.of("en", code)));
    }

    public Optional<DocumentEvidence> document(long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst();
    }

    public Optional<Person> person(long id) {
        return people.stream().filter(p -> p.id() == id).findFirst();
    }

    /** The translations linked to a document. */
    public List<DocumentEvidence> translationsOf(long documentId) {
        return documents.stream().filter(d -> Long.valueOf(documentId).equals(d.document().metadata().translationOf())).toList();
    }

    /** Every fact: the profile's and every document's. */
    public List<Fact> allFacts() {
        List<Fact> all = new ArrayList<>(profileFacts);
        documents.forEach(d -> all.addAll(d.facts().facts()));
        return all;
    }

    public Stream<Person> qualifyingRelatives() {
        return people.stream().filter(p -> p.role() == Role.QR);
    }

    /**
     * Whether a fact can be relied on: profile facts and facts from text layers always; OCR facts only from pages
     * read with at least the low-confidence threshold, so a misread digit does not become a contradiction.
     */
    public boolean reliable(Fact fact) {
        if (fact.span() == null) {
            return true;
        }
        return document(fact.documentId()).flatMap(d -> d.texts().stream().filter(t -> t.number() == fact.span().page()).findFirst())
                .map(t -> t.confidence() == null || t.confidence() >= settings.lowConfidence()).orElse(true);
    }

    /** Where a fact comes from, for a message: a document title and page, or the case profile. */
    public org.hardshipbinder.model.UserMessage source(Fact fact) {
        if (fact.fromProfile()) {
            return org.hardshipbinder.model.UserMessage.of("checks.source.profile");
        }
        String title = document(fact.documentId()).map(DocumentEvidence::title).orElse("#" + fact.documentId());
        return org.hardshipbinder.model.UserMessage.of("checks.source.document", title, fact.span().page());
    }

    public String personName(long id) {
        return person(id).map(Person::name).orElse("#" + id);
    }
}
