package org.hardshipbinder.factors;

import org.hardshipbinder.text.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.UserMessage;

/**
 * Reads one document's text and proposes factor tags, a particularly significant circumstance, the evidence type,
 * the date and the people concerned. Pure: no vault, so it can be measured on labeled texts.
 */
public final class SuggestionEngine {

    /** A factor needs two keywords, or a keyword and two weak ones, or a pattern and one more term (TermMatcher weights). */
    public static final int FACTOR_THRESHOLD = 3;
    /** A document type needs one of its telling keywords; the best-scoring type wins. */
    private static final int TYPE_THRESHOLD = 2;
    private static final int MAX_TERMS_SHOWN = 6;
    private static final int HEADING_LINES = 5;
    private static final String TRANSLATION = "translation";

    private final Map<Factor, TermMatcher> factors = new LinkedHashMap<>();
    private final Map<Circumstance, TermMatcher> circumstances = new LinkedHashMap<>();
    private final Map<EvidenceType, TermMatcher> types = new LinkedHashMap<>();
    private final List<Person> people;
    private final boolean hardship;
    private final OwnDateFinder ownDates = new OwnDateFinder(new DateDetector());
    private final PeopleDetector names = new PeopleDetector();
    private final TitleSuggester titles;
    private static final java.util.Set<String> STATEMENT_TYPES = java.util.Set.of("declaration", "affidavit");
    private static final java.util.regex.Pattern DECLARANT = java.util.regex.Pattern.compile(
            "\\b(declaration|statement|affidavit|declaracion|declaracao|testimony) (of|de|by)\\b|\\bmy name is\\b|"
                    + "\\bmi nombre es\\b|\\bmeu nome e\\b|\\bi, (?=[a-z])|\\byo, (?=[a-z])|\\beu, (?=[a-z])");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
            "\\b(i declare|i swear|penalty of perjury|my name is|declaro|mi nombre es|meu nome e)\\b");

    public SuggestionEngine(List<Factor> caseFactors, FactorCatalog catalog, List<Person> people, boolean hardship) {
        this(caseFactors, catalog, people, hardship, java.util.Locale.ENGLISH);
    }

    /** {@code locale}: the user's language, for titles. */
    public SuggestionEngine(List<Factor> caseFactors, FactorCatalog catalog, List<Person> people, boolean hardship,
                            java.util.Locale locale) {
        this.titles = new TitleSuggester(locale);
        caseFactors.forEach(f -> factors.put(f, f.matcher()));
        catalog.circumstances().forEach(c -> circumstances.put(c, c.matcher()));
        catalog.evidenceTypes().forEach(t -> types.put(t, t.matcher()));
        this.people = List.copyOf(people);
        this.hardship = hardship;
    }

    public List<Suggestion> suggest(long documentId, String text) {
        return suggest(documentId, text, null);
    }

    /** {@code language}: the document's language as read, for its title (null when unknown). */
    public List<Suggestion> suggest(long documentId, String text, String language) {
        FoldedText folded = new FoldedText(text);
        List<Suggestion> out = new ArrayList<>();
        List<PeopleDetector.Mention> mentions = names.detect(text, people);
        for (PeopleDetector.Mention m : mentions) {
            out.add(new Suggestion(documentId, SuggestionKind.PERSON, String.valueOf(m.person().id()), m.person().id(),
                    null, m.confidence(), UserMessage.of("factors.suggest.found", m.found())));
        }
        List<Long> relatives = relativesFor(mentions);
        for (Map.Entry<Factor, TermMatcher> f : factors.entrySet()) {
            TermMatcher.Match match = f.getValue().match(folded);
            if (match.score() >= FACTOR_THRESHOLD) {
                Scenario scenario = hardship ? f.getKey().defaultScenario() : Scenario.BOTH;
                for (Long relative : relatives) {
                    out.add(new Suggestion(documentId, SuggestionKind.FACTOR, f.getKey().code(), relative, scenario,
                            confidence(match.score()), matched(match)));
                }
            }
        }
        circumstances.forEach((c, matcher) -> {
            TermMatcher.Match match = matcher.match(folded);
            if (!match.isEmpty()) {
                out.add(new Suggestion(documentId, SuggestionKind.CIRCUMSTANCE, c.code(), null, null,
                        confidence(match.score() + TermMatcher.KEYWORD), matched(match)));
            }
        });
        Optional<EvidenceType> type = suggestType(documentId, text, folded, out);
        Optional<OwnDateFinder.OwnDate> own = ownDates.find(text);
        own.ifPresent(d -> out.add(new Suggestion(documentId, SuggestionKind.DATE, d.date().toString(),
                null, null, d.confidence(), UserMessage.of("metadata.ownDate." + d.reason().code(), d.text()))));
        type.ifPresent(t -> out.add(new Suggestion(documentId, SuggestionKind.TITLE,
                title(t, text, mentions, own.map(OwnDateFinder.OwnDate::date).orElse(null), language), null, null,
                0.7, UserMessage.of("metadata.title.reason"))));
        return out;
    }

    /**
     * The type whose telling words weigh most, those of the heading (the first lines) counting twice; a translation is
     * a translation whatever it translates, and takes the source kind of what it translates.
     */
    private Optional<EvidenceType> suggestType(long documentId, String text, FoldedText folded, List<Suggestion> out) {
        FoldedText heading = new FoldedText(heading(text));
        Optional<Map.Entry<EvidenceType, Integer>> best = types.entrySet().stream()
                .map(t -> Map.entry(t.getKey(), t.getValue().match(folded).score() + t.getValue().match(heading).score()))
                .filter(t -> t.getValue() >= TYPE_THRESHOLD && !t.getKey().code().equals(TRANSLATION))
                .max(Comparator.comparingInt(Map.Entry::getValue));
        boolean translation = TranslationSigns.isTranslation(text);
        if (translation) {
            out.add(new Suggestion(documentId, SuggestionKind.EVIDENCE_TYPE, TRANSLATION, null, null, 0.9,
                    UserMessage.of("metadata.type.translation")));
        }
        best.ifPresent(t -> {
            double confidence = confidence(t.getValue());
            if (!translation) {
                out.add(new Suggestion(documentId, SuggestionKind.EVIDENCE_TYPE, t.getKey().code(), null, null,
                        confidence, matched(t.getKey().matcher().match(folded))));
            }
            if (t.getKey().typicalSource() != null) {
                out.add(new Suggestion(documentId, SuggestionKind.SOURCE, t.getKey().typicalSource().code(), null,
                        null, confidence * 0.9, UserMessage.of("factors.suggest.sourceOfType", t.getKey().code())));
            }
        });
        return best.map(Map.Entry::getKey);
    }

    /**
     * The exhibit-index title: for a statement, its declarant ("Declaration of X", "I, X,", "My name is X"); otherwise
     * the people the heading names, in the order it names them, else the one the text names most fully.
     */
    private String title(EvidenceType type, String text, List<PeopleDetector.Mention> mentions, LocalDate date,
                         String language) {
        String head = heading(text);
        List<Person> candidates = mentions.stream().map(PeopleDetector.Mention::person).toList();
        boolean translation = TranslationSigns.isTranslation(text);
        String folded = TextFold.fold(text);
        boolean statement = !translation && (STATEMENT_TYPES.contains(type.code()) || FIRST_PERSON.matcher(folded).find());
        List<Person> concerned = new ArrayList<>();
        if (statement) {
            java.util.regex.Matcher declarant = DECLARANT.matcher(folded);
            while (concerned.isEmpty() && declarant.find()) {
                String after = folded.substring(declarant.end(), Math.min(folded.length(), declarant.end() + 60));
                names.detect(after, candidates).stream().findFirst().ifPresent(m -> concerned.add(m.person()));
            }
        }
        if (concerned.isEmpty()) {
            String foldedHead = TextFold.fold(head);
            names.detect(head, candidates).stream()
                    .sorted(Comparator.comparingInt(m -> position(foldedHead, m.found())))
                    .forEach(m -> concerned.add(m.person()));
        }
        if (concerned.isEmpty()) {
            mentions.stream().max(Comparator.comparingDouble(PeopleDetector.Mention::confidence))
                    .ifPresent(m -> concerned.add(m.person()));
        }
        String label = titles.typeLabel(type.code(), type.label(titles.locale()));
        boolean foreign = language != null && !language.equals("en") && !language.equals("und");
        return titles.title(new TitleSuggester.Described(type.code(), label, translation, statement,
                concerned.subList(0, Math.min(concerned.size(), 2)),
                TitleSuggester.issuer(head, TextFold.fold(label)), translation ? null : date, foreign ? language : null));
    }

    private static int position(String foldedHead, String found) {
        int at = foldedHead.indexOf(found.split(" ")[0]);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The first few non-empty lines, where a document says what it is. */
    static String heading(String text) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && lines++ < HEADING_LINES) {
                head.append(line).append('\n');
            }
        }
        return head.toString();
    }

    /** Tags go to the qualifying relatives the text names; else to the only one; else to the case as a whole. */
    private List<Long> relativesFor(List<PeopleDetector.Mention> mentions) {
        if (!hardship) {
            return Collections.singletonList(null);
        }
        List<Long> named = mentions.stream().map(PeopleDetector.Mention::person).filter(p -> p.role() == Role.QR)
                .map(Person::id).toList();
        if (!named.isEmpty()) {
            return named;
        }
        List<Long> all = people.stream().filter(p -> p.role() == Role.QR).map(Person::id).toList();
        return all.size() == 1 ? all : Collections.singletonList(null);
    }

    /** Grows with the weight of matched terms: 4 → 0.5, 8 → 0.75, 12 → 0.88, never 1. */
    static double confidence(int score) {
        return Math.min(0.97, 1 - Math.pow(0.5, score / 4.0));
    }

    private static UserMessage matched(TermMatcher.Match match) {
        List<String> terms = match.terms();
        String shown = String.join(", ", terms.subList(0, Math.min(MAX_TERMS_SHOWN, terms.size())));
        return UserMessage.of("factors.suggest.matched", shown);
    }
}
