package org.hardshipbinder.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;

/**
 * A case's chronology: every dated fact the evidence states, with its person, document and page, in date order;
 * each document's recorded date where no page states it; the dates that disagree; and the undated documents.
 */
public final class ChronologyService {

    private static final Comparator<ChronologyEvent> ORDER = Comparator.comparing(ChronologyEvent::date)
            .thenComparing(ChronologyEvent::kind)
            .thenComparing(ChronologyEvent::person, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEvent::documentId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChronologyEvent::page, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChronologyEvent::start, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final FactSource facts;

    public ChronologyService(CaseRepository cases, PersonRepository people, DocumentRepository documents, FactSource facts) {
        this.cases = cases;
        this.people = people;
        this.documents = documents;
        this.facts = facts;
    }

    /** The chronology of a case; empty when there is no such case. */
    public Optional<Chronology> forCase(long caseId) {
        Optional<Case> found = cases.find(caseId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Person> persons = people.listForCase(caseId).stream()
                .sorted(Comparator.comparing(Person::role).thenComparing(Person::id)).toList();
        List<Document> docs = documents.listForCase(caseId);
        List<ChronologyEvent> events = events(facts.caseFacts(caseId), persons, docs);
        List<ChronologyEvent> undated = new ArrayList<>();
        Set<Long> withOwnDate = new HashSet<>();
        events.stream().filter(e -> e.kind() == FactKind.DOCUMENT_DATE && e.documentId() != null)
                .forEach(e -> withOwnDate.add(e.documentId()));
        for (Document d : docs) {
            if (d.metadata().date() != null) {
                boolean stated = events.stream().anyMatch(e -> e.kind() == FactKind.DOCUMENT_DATE
                        && Long.valueOf(d.id()).equals(e.documentId()) && d.metadata().date().equals(e.date()));
                if (!stated) {
                    events.add(recorded(d));
                }
            } else if (!withOwnDate.contains(d.id())) {
                undated.add(recorded(d));
            }
        }
        events.sort(ORDER);
        return Optional.of(new Chronology(found.get(), persons, events, DateConflicts.find(events, persons), undated));
    }

    /** The dated facts read from one document, in date order. */
    public List<ChronologyEvent> forDocument(long documentId) {
        Optional<Document> found = documents.find(documentId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<ChronologyEvent> events = events(facts.documentFacts(documentId), people.listForCase(found.get().caseId()),
                List.of(found.get()));
        events.sort(ORDER);
        return events;
    }

    /** Dated facts as events, once per document, kind, person and date (a letter repeats its date in a footer). */
    private static List<ChronologyEvent> events(List<Fact> facts, List<Person> persons, List<Document> docs) {
        Map<Long, String> names = new HashMap<>();
        persons.forEach(p -> names.put(p.id(), p.name()));
        Map<Long, String> titles = new HashMap<>();
        docs.forEach(d -> titles.put(d.id(), d.displayTitle()));
        List<ChronologyEvent> events = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Fact f : facts) {
            if (!f.kind().isDate() || f.date() == null) {
                continue;
            }
            if (!seen.add(java.util.Arrays.asList(f.kind(), f.personId(), f.documentId(), f.date(), f.precision()))) {
                continue;
            }
            String person = f.personId() == null ? null : names.get(f.personId());
            if (f.fromProfile()) {
                events.add(new ChronologyEvent(f.date(), f.alternativeDate(), false, f.kind(), f.personId(), person,
                        null, null, null, null, null, null, null, ChronologyEvent.Origin.CASE_DETAILS, f.precision()));
            } else {
                var span = f.span();
                events.add(new ChronologyEvent(f.date(), f.alternativeDate(), false, f.kind(), f.personId(), person,
                        f.documentId(), titles.getOrDefault(f.documentId(), "#" + f.documentId()),
                        span == null ? null : span.page(), span == null ? f.value() : span.text(),
                        span == null ? null : span.start(), span == null ? null : span.end(), f.context(),
                        ChronologyEvent.Origin.TEXT, f.precision()));
            }
        }
        return events;
    }

    /** A document's own date as recorded in its details (null when it has none). */
    private static ChronologyEvent recorded(Document d) {
        return new ChronologyEvent(d.metadata().date(), null, d.metadata().dateApproximate(), FactKind.DOCUMENT_DATE,
                null, null, d.id(), d.displayTitle(), 1, null, null, null, null, ChronologyEvent.Origin.DOCUMENT_DETAILS);
    }
}
