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
import org.hardshipbinder.model.SourceKind;
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
    private final Map<Factor, TermMatcher> hardshipFactors = new LinkedHashMap<>();
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
        catalog.factors(FactorSet.HARDSHIP).forEach(f -> hardshipFactors.put(f, f.matcher()));
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
        Optional<EvidenceType> recordType = bestType(text, folded).map(Map.Entry::getKey);
        List<PeopleDetector.Mention> concerned = new ArrayList<>(Requesters.without(text,
                ConcernedPeople.of(recordType.map(EvidenceType::code).orElse(null), mentions)));
        concerned.addAll(RelativeMentions.find(text, people, mentions));
        if (recordType.map(t -> KinNamed.speaksForOthers(t.code())).orElse(false)) {
            concerned.addAll(KinNamed.find(text, people, concerned));
        }
        for (PeopleDetector.Mention m : concerned) {
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
        if (!hardship) {
            deriveFactors(documentId, folded, out);
        }
        circumstances.forEach((c, matcher) -> {
            TermMatcher.Match match = matcher.match(folded);
            if (!match.isEmpty()) {
                out.add(new Suggestion(documentId, SuggestionKind.CIRCUMSTANCE, c.code(), null, null,
                        confidence(match.score() + TermMatcher.KEYWORD), matched(match)));
            }
        });
        Optional<EvidenceType> type = suggestType(documentId, text, folded, out);
        type.ifPresent(t -> keepInScope(t.code(), folded, out));
        type.ifPresent(t -> factorsOfType(documentId, t, relatives, out));
        type.ifPresent(t -> sourceOfStatement(documentId, t, text, mentions, relatives, out));
        Optional<OwnDateFinder.OwnDate> own = ownDates.find(text);
        own.ifPresent(d -> out.add(new Suggestion(documentId, SuggestionKind.DATE, d.date().toString(),
                null, null, d.confidence(), UserMessage.of("metadata.ownDate." + d.reason().code(), d.text()))));
        type.ifPresent(t -> out.add(new Suggestion(documentId, SuggestionKind.TITLE,
                title(t, text, mentions, own.map(OwnDateFinder.OwnDate::date).orElse(null), language,
                        TranslationSigns.isTranslation(text)), null, null,
                0.7, UserMessage.of("metadata.title.reason"))));
        return out;
    }

    /**
     * What an original its own reading could not describe (a script with no OCR model: only its numbers were kept)
     * shows through its translation's words: the kind of document translated, its usual source, the factor that kind
     * proves, the people named and a title in the original's language. Its own date stays the one its numbers give.
     */
    public List<Suggestion> throughTranslation(long originalId, String translationText, String originalLanguage,
                                               LocalDate ownDate, String translationTitle) {
        FoldedText folded = new FoldedText(translationText);
        List<Suggestion> out = new ArrayList<>();
        Optional<Map.Entry<EvidenceType, Integer>> best = bestType(translationText, folded);
        if (best.isEmpty()) {
            return out;
        }
        EvidenceType type = best.get().getKey();
        double confidence = confidence(best.get().getValue()) * 0.9;
        UserMessage why = UserMessage.of("metadata.fromTranslation", translationTitle);
        out.add(new Suggestion(originalId, SuggestionKind.EVIDENCE_TYPE, type.code(), null, null, confidence, why));
        if (type.typicalSource() != null) {
            out.add(new Suggestion(originalId, SuggestionKind.SOURCE, type.typicalSource().code(), null, null,
                    confidence * 0.9, why));
        }
        List<PeopleDetector.Mention> mentions = names.detect(translationText, people);
        factorsOfType(originalId, type, relativesFor(mentions), out);
        out.add(new Suggestion(originalId, SuggestionKind.TITLE,
                title(type, translationText, mentions, ownDate, originalLanguage, false), null, null, 0.6, why));
        return out;
    }

    /**
     * The type whose telling words weigh most, those of the heading (the first lines) counting twice; a translation is
     * a translation whatever it translates, and takes the source kind of what it translates.
     */
    private Optional<EvidenceType> suggestType(long documentId, String text, FoldedText folded, List<Suggestion> out) {
        Optional<Map.Entry<EvidenceType, Integer>> best = bestType(text, folded);
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
            if (ReportIssuer.REPORT_TYPES.contains(t.getKey().code())) {
                out.add(new Suggestion(documentId, SuggestionKind.SOURCE, ReportIssuer.of(text).code(), null,
                        null, confidence * 0.8, UserMessage.of("metadata.source.reportIssuer")));
            } else if (t.getKey().typicalSource() != null) {
                out.add(new Suggestion(documentId, SuggestionKind.SOURCE, t.getKey().typicalSource().code(), null,
                        null, confidence * 0.9, UserMessage.of("factors.suggest.sourceOfType", t.getKey().code())));
            }
        });
        return best.map(Map.Entry::getKey);
    }

    private Optional<Map.Entry<EvidenceType, Integer>> bestType(String text, FoldedText folded) {
        FoldedText heading = new FoldedText(heading(text));
        return types.entrySet().stream()
                .map(t -> Map.entry(t.getKey(), t.getValue().match(folded).score() + t.getValue().match(heading).score()))
                .filter(t -> t.getValue() >= TYPE_THRESHOLD && !t.getKey().code().equals(TRANSLATION))
                .max(Comparator.comparingInt(Map.Entry::getValue));
    }

    /**
     * A statement whose declarant is one of the case's people speaks for the family: the applicant or beneficiary
     * is "self", a relative or sponsor "family". A statement by anyone else keeps no source (it varies). A family
     * member writing about another person of the case testifies to the ties between them.
     */
    private void sourceOfStatement(long documentId, EvidenceType type, String text,
                                   List<PeopleDetector.Mention> mentions, List<Long> relatives, List<Suggestion> out) {
        if (TranslationSigns.isTranslation(text) || out.stream().anyMatch(s -> s.kind() == SuggestionKind.SOURCE)) {
            return;
        }
        String folded = TextFold.fold(text);
        if (!STATEMENT_TYPES.contains(type.code()) && !FIRST_PERSON.matcher(folded).find()) {
            return;
        }
        declarant(folded, mentions.stream().map(PeopleDetector.Mention::person).toList()).ifPresent(p -> {
            boolean self = p.role() == Role.APPLICANT || p.role() == Role.BENEFICIARY;
            out.add(new Suggestion(documentId, SuggestionKind.SOURCE, (self ? SourceKind.SELF : SourceKind.FAMILY).code(),
                    null, null, 0.8, UserMessage.of("factors.suggest.sourceOfDeclarant", p.name())));
            if (mentions.stream().anyMatch(m -> !m.person().equals(p))) {
                addFactor(documentId, "family_ties", relatives,
                        UserMessage.of("factors.suggest.familyStatement", p.name()), out);
            }
        });
    }

    /** The person a statement names as its author ("Declaration of X", "I, X,", "My name is X"). */
    private Optional<Person> declarant(String folded, List<Person> candidates) {
        java.util.regex.Matcher declarant = DECLARANT.matcher(folded);
        while (declarant.find()) {
            String after = folded.substring(declarant.end(), Math.min(folded.length(), declarant.end() + 60));
            Optional<Person> found = names.detect(after, candidates).stream().findFirst().map(PeopleDetector.Mention::person);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The exhibit-index title: for a statement, its declarant ("Declaration of X", "I, X,", "My name is X"); otherwise
     * the people the heading names, in the order it names them, else the one the text names most fully.
     */
    private String title(EvidenceType type, String text, List<PeopleDetector.Mention> mentions, LocalDate date,
                         String language, boolean translation) {
        String head = heading(text);
        List<Person> candidates = mentions.stream().map(PeopleDetector.Mention::person).toList();
        String folded = TextFold.fold(text);
        boolean statement = !translation && (STATEMENT_TYPES.contains(type.code()) || FIRST_PERSON.matcher(folded).find());
        List<Person> concerned = new ArrayList<>();
        if (statement) {
            declarant(folded, candidates).ifPresent(concerned::add);
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

    /**
     * Parole and 212(d)(3)(A) factors from the evidence a hardship factor describes (see {@link DerivedFactors}),
     * each explained by the kind of evidence and the words matched; never twice the same factor.
     */
    private void deriveFactors(long documentId, FoldedText folded, List<Suggestion> out) {
        java.util.Set<String> offered = new java.util.HashSet<>();
        out.stream().filter(s -> s.kind() == SuggestionKind.FACTOR).forEach(s -> offered.add(s.value()));
        java.util.Set<String> inCase = new java.util.HashSet<>();
        factors.keySet().forEach(f -> inCase.add(f.code()));
        for (Map.Entry<Factor, TermMatcher> h : hardshipFactors.entrySet()) {
            TermMatcher.Match match = h.getValue().match(folded);
            if (match.score() < FACTOR_THRESHOLD) {
                continue;
            }
            for (String derived : DerivedFactors.of(h.getKey().code())) {
                if (inCase.contains(derived) && offered.add(derived)) {
                    out.add(new Suggestion(documentId, SuggestionKind.FACTOR, derived, null, Scenario.BOTH,
                            confidence(match.score()) * 0.9, UserMessage.of("metadata.factor.derived",
                            h.getKey().code(), String.join(", ", match.terms().subList(0, Math.min(MAX_TERMS_SHOWN, match.terms().size()))))));
                }
            }
        }
    }

    /**
     * Drops the factors a document of this type cannot show by its words (see {@link TypeScope}); a parole or
     * 212(d)(3)(A) factor goes when every hardship factor it stands for is out of scope.
     */
    private void keepInScope(String type, FoldedText folded, List<Suggestion> out) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        hardshipFactors.forEach((f, matcher) -> {
            if (inScope(type, f.code(), matcher.match(folded).score(), folded)) {
                shown.add(f.code());
            }
        });
        out.removeIf(s -> s.kind() == SuggestionKind.FACTOR && !supported(s.value(), shown));
    }

    private boolean inScope(String type, String code, int score, FoldedText folded) {
        if (!TypeScope.mayShow(type, code)) {
            return false;
        }
        return TypeScope.rival(type, code).flatMap(this::hardshipMatcher)
                .map(rival -> rival.match(folded).score() <= score).orElse(true);
    }

    private Optional<TermMatcher> hardshipMatcher(String code) {
        return hardshipFactors.entrySet().stream().filter(e -> e.getKey().code().equals(code)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** A hardship factor is supported when in scope; another kind's factor when one hardship factor behind it is. */
    private boolean supported(String code, java.util.Set<String> shown) {
        if (hardshipMatcher(code).isPresent()) {
            return shown.contains(code);
        }
        List<String> behind = hardshipFactors.keySet().stream().map(Factor::code)
                .filter(h -> DerivedFactors.of(h).contains(code)).toList();
        return behind.isEmpty() || behind.stream().anyMatch(shown::contains);
    }

    /**
     * A record's factor is its type's alone; a letter or report adds its type's factor to what its words show
     * (see {@link TypeFactors}). In parole and 212(d)(3)(A) cases the type's hardship factor stands for the case
     * factors it supports.
     */
    private void factorsOfType(long documentId, EvidenceType type, List<Long> relatives, List<Suggestion> out) {
        Optional<String> proves = TypeFactors.of(type.code());
        if (proves.isEmpty()) {
            return;
        }
        if (TypeFactors.decidesAlone(type.code())) {
            out.removeIf(s -> s.kind() == SuggestionKind.FACTOR);
        }
        addFactor(documentId, proves.get(), relatives, UserMessage.of("metadata.factor.ofType", type.code()), out);
    }

    /** Adds a hardship factor, or in another kind of case the factors it stands for, unless already there. */
    private void addFactor(long documentId, String hardshipCode, List<Long> relatives, UserMessage why,
                           List<Suggestion> out) {
        java.util.Set<String> inCase = new java.util.HashSet<>();
        factors.keySet().forEach(f -> inCase.add(f.code()));
        List<String> codes = inCase.contains(hardshipCode) ? List.of(hardshipCode) : DerivedFactors.of(hardshipCode);
        for (String code : codes) {
            boolean there = out.stream().anyMatch(s -> s.kind() == SuggestionKind.FACTOR && s.value().equals(code));
            Factor factor = factors.keySet().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
            if (factor == null || there) {
                continue;
            }
            Scenario scenario = hardship ? factor.defaultScenario() : Scenario.BOTH;
            for (Long relative : relatives) {
                out.add(new Suggestion(documentId, SuggestionKind.FACTOR, code, relative, scenario, 0.75, why));
            }
        }
    }

    /** The first few non-empty lines, where a document says what it is. */
    static String heading(String text) {
        return heading(text, HEADING_LINES);
    }

    /** The first {@code count} non-empty lines. */
    static String heading(String text, int count) {
        StringBuilder head = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && lines++ < count) {
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
