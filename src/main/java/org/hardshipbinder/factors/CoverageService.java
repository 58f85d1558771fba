package org.hardshipbinder.factors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.factors.ClaimedFactorRepository.Claim;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.vault.CaseRepository;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PersonRepository;
import org.hardshipbinder.vault.TagRepository;

/**
 * Computes what a case's tagged evidence covers. Extreme-hardship cases: per qualifying relative × (separation,
 * relocation) × factor, a tag for "both" counting in each scenario; tags without a qualifying relative form a
 * "case as a whole" subject. Parole and 212(d)(3)(A): one subject, the case, scenario both.
 */
public final class CoverageService {

    private static final List<Scenario> HARDSHIP_SCENARIOS = List.of(Scenario.SEPARATION, Scenario.RELOCATION);

    private final CaseRepository cases;
    private final PersonRepository people;
    private final DocumentRepository documents;
    private final TagRepository tags;
    private final ClaimedFactorRepository claims;
    private final DocumentFactsRepository facts;
    private final CaseFactors factors;
    private final CaseProfileValidator validator;

    public CoverageService(CaseRepository cases, PersonRepository people, DocumentRepository documents, TagRepository tags,
                           ClaimedFactorRepository claims, DocumentFactsRepository facts, CaseFactors factors,
                           CaseProfileValidator validator) {
        this.cases = cases;
        this.people = people;
        this.documents = documents;
        this.tags = tags;
        this.claims = claims;
        this.facts = facts;
        this.factors = factors;
        this.validator = validator;
    }

    /** The coverage of a case; empty when there is no such case. */
    public Optional<CaseCoverage> coverage(long caseId) {
        return cases.find(caseId).map(this::coverage);
    }

    private CaseCoverage coverage(Case kase) {
        List<Person> persons = people.listForCase(kase.id());
        boolean hardship = FactorSet.forKind(kase.kind()) == FactorSet.HARDSHIP;
        Set<Long> qrIds = persons.stream().filter(p -> hardship && p.role() == Role.QR).map(Person::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Function<Long, Long> subjectOf = personId -> personId != null && qrIds.contains(personId) ? personId : null;
        Inputs in = new Inputs(factors.forCase(kase),
                documents.listForCase(kase.id()).stream().collect(Collectors.toMap(Document::id, d -> d)),
                tags.forCase(kase.id()), claims.forCase(kase.id()), facts.circumstancesForCase(kase.id()), subjectOf,
                hardship);

        List<SubjectCoverage> subjects = new ArrayList<>();
        for (Person p : persons) {
            if (qrIds.contains(p.id())) {
                subjects.add(subject(in, p.id(), p.name()));
            }
        }
        boolean caseWide = in.tags.stream().anyMatch(t -> subjectOf.apply(t.personId()) == null)
                || in.claims.stream().anyMatch(c -> subjectOf.apply(c.personId()) == null);
        if (caseWide || subjects.isEmpty()) {
            subjects.add(subject(in, null, null));
        }
        CoverageTotals total = totals(in, subjects.stream().flatMap(s -> s.scenarios().stream())
                .flatMap(s -> s.factors().stream()).toList());
        return new CaseCoverage(kase.id(), kase.kind(), FactorSet.forKind(kase.kind()),
                in.factors.stream().map(Factor::code).toList(), subjects, total, validator.validate(kase, persons));
    }

    private record Inputs(List<Factor> factors, Map<Long, Document> documents, List<Tag> tags, List<Claim> claims,
                          Map<Long, Set<String>> circumstances, Function<Long, Long> subjectOf, boolean hardship) {
    }

    private SubjectCoverage subject(Inputs in, Long personId, String name) {
        List<ScenarioCoverage> scenarios = new ArrayList<>();
        for (Scenario scenario : in.hardship ? HARDSHIP_SCENARIOS : List.of(Scenario.BOTH)) {
            List<FactorCoverage> cells = in.factors.stream().map(f -> cell(in, personId, scenario, f)).toList();
            scenarios.add(new ScenarioCoverage(scenario, cells, totals(in, cells)));
        }
        CoverageTotals total = totals(in, scenarios.stream().flatMap(s -> s.factors().stream()).toList());
        return new SubjectCoverage(personId, name, scenarios, total);
    }

    private FactorCoverage cell(Inputs in, Long personId, Scenario scenario, Factor factor) {
        List<Long> docs = in.tags.stream()
                .filter(t -> t.factor().equals(factor.code()) && in.documents.containsKey(t.documentId()))
                .filter(t -> Objects.equals(in.subjectOf.apply(t.personId()), personId) && t.scenario().covers(scenario))
                .map(Tag::documentId).distinct().sorted().toList();
        boolean claimed = in.claims.stream().anyMatch(c -> c.factor().equals(factor.code())
                && Objects.equals(in.subjectOf.apply(c.personId()), personId) && c.scenario().covers(scenario));
        Set<String> types = docs.stream().map(id -> in.documents.get(id).metadata().evidenceType())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> missing = factor.evidence().stream().filter(e -> !types.contains(e)).toList();
        return new FactorCoverage(factor.code(), claimed, docs, corroborating(in, docs), newest(in, docs), missing,
                significant(in, docs));
    }

    private CoverageTotals totals(Inputs in, List<FactorCoverage> cells) {
        List<Long> docs = cells.stream().flatMap(c -> c.documents().stream()).distinct().toList();
        int covered = (int) cells.stream().filter(FactorCoverage::hasEvidence).count();
        int claimedEmpty = (int) cells.stream().filter(c -> c.claimed() && !c.hasEvidence()).count();
        return new CoverageTotals(docs.size(), corroborating(in, docs), covered, claimedEmpty, newest(in, docs),
                significant(in, docs));
    }

    private static int corroborating(Inputs in, List<Long> docs) {
        return (int) docs.stream().map(in.documents::get)
                .filter(d -> d.metadata().source() != null && d.metadata().source().corroborates()).count();
    }

    private static LocalDate newest(Inputs in, List<Long> docs) {
        return docs.stream().map(id -> in.documents.get(id).metadata().date()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<String> significant(Inputs in, List<Long> docs) {
        Set<String> found = new TreeSet<>();
        docs.forEach(id -> found.addAll(in.circumstances.getOrDefault(id, Set.of())));
        return List.copyOf(found);
    }
}
