package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.TextSpan;
import org.hardshipbinder.text.DateFinder;
import org.hardshipbinder.text.DateMention;
import org.hardshipbinder.text.TextFold;

/**
 * Reads facts from a document's pages: dates with their meaning, A-numbers and receipt numbers, incomes with their
 * period, addresses, and the case people's names as written, each with its page and text span. The case profile's
 * birth dates are facts too.
 */
public final class FactExtractor {

    private static final Pattern DECLARANT = Pattern.compile("(?i)\\b(?:I|Yo|The undersigned|El suscrito|La suscrita)\\s*,?\\s*$");

    private final List<Person> people;
    private final NameMatcher names;

    public FactExtractor(List<Person> people) {
        this.people = List.copyOf(people);
        this.names = new NameMatcher(people);
    }

    public NameMatcher names() {
        return names;
    }

    /** The birth dates the user entered for the case's people. */
    public List<Fact> profileFacts() {
        return people.stream().filter(p -> p.born() != null)
                .map(p -> new Fact(FactKind.BIRTH_DATE, p.born().toString(), p.born(), null, p.id(), null, null, null))
                .toList();
    }

    /**
     * The facts of one document. {@code dayFirst}: read 04/05/2019 as 4 May (Spanish and most other languages)
     * rather than April 5 (English). {@code author}: the document's author as recorded, if any.
     */
    public DocumentFacts extract(long documentId, List<PageContent> pages, boolean dayFirst, String author) {
        List<Fact> facts = new ArrayList<>();
        List<PageName> pageNames = new ArrayList<>();
        Long declarant = declarant(pages, author);
        for (PageContent page : pages) {
            String text = page.text();
            List<NameMention> mentions = names.find(text, word -> !page.unclearWords().contains(word));
            mentions.forEach(m -> pageNames.add(new PageName(documentId, page.number(), m)));
            PersonResolver resolver = new PersonResolver(text, mentions, declarant);
            String folded = TextFold.fold(text);
            for (DateMention d : DateFinder.find(text, dayFirst)) {
                FactKind kind = DateMeaning.classify(folded, d);
                Long person = kind == FactKind.DOCUMENT_DATE || kind == FactKind.OTHER_DATE ? null : resolver.resolve(d.start(), false);
                facts.add(new Fact(kind, d.date().toString(), d.date(), d.alternative(), person, documentId,
                        span(documentId, page, d.start(), d.end()), context(text, d.start())));
            }
            for (IdMention id : IdNumberFinder.find(text)) {
                facts.add(new Fact(id.kind(), id.value(), null, null, resolver.resolve(id.start(), false), documentId,
                        span(documentId, page, id.start(), id.end()), id.form()));
            }
            for (AmountMention a : AmountFinder.find(text)) {
                if (a.income()) {
                    facts.add(new Fact(FactKind.INCOME, Long.toString(a.yearlyCents()), null, null,
                            resolver.resolve(a.start(), true), documentId, span(documentId, page, a.start(), a.end()),
                            a.period().name()));
                }
            }
            for (int[] address : AddressFinder.find(text)) {
                facts.add(new Fact(FactKind.ADDRESS, text.substring(address[0], address[1]), null, null, null, documentId,
                        span(documentId, page, address[0], address[1]), null));
            }
            for (NameMention m : mentions) {
                facts.add(new Fact(FactKind.PERSON_NAME, m.written(), null, null, m.personId(), documentId,
                        span(documentId, page, m.start(), m.end()), null));
            }
        }
        return new DocumentFacts(documentId, facts, pageNames);
    }

    /** Who says "I" in the document: the recorded author when they are a case person, else "I, NAME, …". */
    private Long declarant(List<PageContent> pages, String author) {
        if (author != null && !author.isBlank()) {
            List<NameMention> m = names.find(author);
            if (!m.isEmpty()) {
                return m.get(0).personId();
            }
        }
        for (PageContent page : pages) {
            for (NameMention m : names.find(page.text())) {
                String before = page.text().substring(Math.max(0, m.start() - 20), m.start());
                Matcher d = DECLARANT.matcher(before);
                if (d.find()) {
                    return m.personId();
                }
            }
        }
        return null;
    }

    private static TextSpan span(long documentId, PageContent page, int start, int end) {
        return new TextSpan(documentId, page.number(), start, end, page.text().substring(start, end));
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 60), at).replaceAll("\\s+", " ").strip();
    }
}
