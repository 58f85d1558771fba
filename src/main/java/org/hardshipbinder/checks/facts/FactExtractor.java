package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Reads facts from a document's pages: dates with their meaning and precision, ages, A-numbers and receipt numbers,
 * incomes with their period (from sentences and from pay forms), addresses, and the case people's names as written,
 * each with its page and text span. The case profile's birth dates are facts too.
 */
public final class FactExtractor {

    private static final Pattern MARRIAGE_RECORD = Pattern.compile(
            "\\b(marriage certificate|certificate of marriage|marriage record|record of marriage|acta de matrimonio|"
                    + "partida de matrimonio|certificado de matrimonio|certidao de casamento|registro de casamento)\\b");

    private final List<Person> people;
    private final NameMatcher names;
    private final ShortNames shortNames;
    private final Kinship kinship;
    private final Declarant declarants;

    public FactExtractor(List<Person> people) {
        this.people = List.copyOf(people);
        this.names = new NameMatcher(people);
        this.shortNames = new ShortNames(people);
        this.kinship = new Kinship(people);
        this.declarants = new Declarant(names);
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
        Long declarant = declarants.of(pages, author);
        boolean marriageRecord = !pages.isEmpty() && MARRIAGE_RECORD.matcher(TextFold.fold(
                pages.get(0).text().substring(0, Math.min(pages.get(0).text().length(), 800)))).find();
        List<List<NameMention>> fullByPage = new ArrayList<>();
        Set<Long> namedInDocument = new HashSet<>();
        for (PageContent page : pages) {
            List<NameMention> mentions = names.find(page.text(), word -> !page.unclearWords().contains(word));
            fullByPage.add(mentions);
            mentions.forEach(m -> namedInDocument.add(m.personId()));
        }
        for (int i = 0; i < pages.size(); i++) {
            PageContent page = pages.get(i);
            String text = OcrReading.pronouns(page.text());
            List<NameMention> mentions = fullByPage.get(i);
            mentions.forEach(m -> pageNames.add(new PageName(documentId, page.number(), m)));
            List<NameMention> all = new ArrayList<>(mentions);
            Set<Long> namedOnPage = new HashSet<>();
            mentions.forEach(m -> namedOnPage.add(m.personId()));
            all.addAll(shortNames.find(text, mentions, namedOnPage.isEmpty() ? namedInDocument : namedOnPage));
            all.sort((a, b) -> Integer.compare(a.start(), b.start()));
            PersonResolver resolver = new PersonResolver(text, all, declarant, kinship);
            Page read = new Page(documentId, page, facts);
            String folded = TextFold.fold(text);
            List<DateMention> dates = DateFinder.find(text, dayFirst);
            int floor = 0;
            for (DateMention d : dates) {
                FactKind kind = DateMeaning.classify(folded, d, marriageRecord, floor);
                floor = d.end();
                Long person = kind == FactKind.DOCUMENT_DATE || kind == FactKind.OTHER_DATE ? null : resolver.resolve(d.start(), true);
                read.add(new Fact(kind, d.date().toString(), d.date(), d.alternative(), person, documentId,
                        read.span(d.start(), d.end()), context(text, d.start()), d.precision()));
            }
            List<DateMention> events = facts.stream()
                    .filter(f -> f.span() != null && f.span().page() == page.number() && f.kind().isDate() && f.kind() != FactKind.BIRTH_DATE)
                    .flatMap(f -> dates.stream().filter(d -> d.start() == f.span().start())).toList();
            for (AgeMention a : AgeFinder.find(text)) {
                // An age in the past holds on its sentence's date; one in the present on the document's date, unless a date stands right by it.
                DateMention when = Sentences.dateNear(text, events, a.start(), a.end(), a.past() ? Integer.MAX_VALUE : 25);
                if (a.past() && when == null) {
                    continue;
                }
                read.add(new Fact(FactKind.AGE, Integer.toString(a.years()), when == null ? null : when.date(), null,
                        resolver.resolve(a.start(), true), documentId, read.span(a.start(), a.end()), context(text, a.start()),
                        when == null ? null : when.precision()));
            }
            for (IdMention id : IdNumberFinder.find(text)) {
                read.add(new Fact(id.kind(), id.value(), null, null, resolver.resolve(id.start(), false), documentId,
                        read.span(id.start(), id.end()), id.form()));
            }
            for (AmountMention a : AmountFinder.find(text)) {
                if (a.income()) {
                    read.add(income(a, resolver.resolve(a.start(), true), read));
                }
            }
            for (AmountMention a : PayRecordFinder.find(text, dayFirst)) {
                read.add(income(a, resolver.subject(), read));
            }
            for (int[] address : AddressFinder.find(text)) {
                read.add(new Fact(FactKind.ADDRESS, text.substring(address[0], address[1]), null, null, null, documentId,
                        read.span(address[0], address[1]), null));
            }
            for (NameMention m : mentions) {
                read.add(new Fact(FactKind.PERSON_NAME, m.written(), null, null, m.personId(), documentId,
                        read.span(m.start(), m.end()), null));
            }
        }
        return new DocumentFacts(documentId, facts, pageNames);
    }

    private static Fact income(AmountMention a, Long person, Page read) {
        return new Fact(FactKind.INCOME, Long.toString(a.yearlyCents()), null, null, person, read.documentId(),
                read.span(a.start(), a.end()), a.period().name());
    }

    /** Facts of one page collected with their spans; a fact at the same place as one already read is not added twice. */
    private record Page(long documentId, PageContent page, List<Fact> facts) {

        TextSpan span(int start, int end) {
            return new TextSpan(documentId, page.number(), start, end, page.text().substring(start, end));
        }

        void add(Fact fact) {
            boolean duplicate = facts.stream().anyMatch(f -> f.kind() == fact.kind() && f.span() != null && fact.span() != null
                    && f.span().page() == fact.span().page() && f.span().start() < fact.span().end()
                    && fact.span().start() < f.span().end());
            if (!duplicate) {
                facts.add(fact);
            }
        }
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 60), at).replaceAll("\\s+", " ").strip();
    }

    /** Who says "I" in a document. */
    private static final class Declarant {

        private static final Pattern I_NAME = Pattern.compile("(?i)\\b(?:I|Yo|Eu|The undersigned|El suscrito|La suscrita|O abaixo assinado|A abaixo assinada)\\s*,?\\s*$");
        private static final Pattern MY_NAME = Pattern.compile(
                "(?i)\\b(?:my name is|me llamo|mi nombre es|meu nome [eé]|declaration of|statement of|affidavit of|letter of|"
                        + "declaraci[oó]n de|carta de|declara[cç][aã]o de)\\s*$");
        private final NameMatcher names;

        Declarant(NameMatcher names) {
            this.names = names;
        }

        /** The recorded author when they are a case person, else "I, NAME, …", "My name is NAME", "DECLARATION OF NAME". */
        Long of(List<PageContent> pages, String author) {
            if (author != null && !author.isBlank()) {
                List<NameMention> m = names.find(author);
                if (!m.isEmpty()) {
                    return m.get(0).personId();
                }
            }
            for (Pattern cue : List.of(I_NAME, MY_NAME)) {
                for (PageContent page : pages) {
                    String text = OcrReading.pronouns(page.text());
                    for (NameMention m : names.find(text)) {
                        String before = text.substring(Math.max(0, m.start() - 25), m.start());
                        Matcher d = cue.matcher(before);
                        if (d.find()) {
                            return m.personId();
                        }
                    }
                }
            }
            return null;
        }
    }
}
