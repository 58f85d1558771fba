package org.hardshipbinder.checks.contradiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * Dates that cannot all be true: a document dated in the future, a person's marriage, diagnosis, job or enrollment
 * dated before their birth, and a document telling of a birth, marriage or diagnosis after its own date. An
 * ambiguous numeric date counts only if every reading of it is impossible.
 */
public final class ChronologyCheck implements Check {

    private static final List<FactKind> LIFE_EVENTS = List.of(FactKind.MARRIAGE_DATE, FactKind.DIAGNOSIS_DATE,
            FactKind.EMPLOYMENT_DATE, FactKind.ENROLLMENT_DATE);

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            futureDated(evidence, d).ifPresent(findings::add);
            afterOwnDate(evidence, d).ifPresent(findings::add);
        }
        findings.addAll(beforeBirth(evidence));
        return findings;
    }

    private static Optional<Finding> futureDated(CaseEvidence evidence, DocumentEvidence d) {
        LocalDate today = evidence.today();
        if (d.document().metadata().date() != null) {
            LocalDate date = d.document().metadata().date();
            return date.isAfter(today) ? Optional.of(future(d, date, null)) : Optional.empty();
        }
        // The document's own date is the first one it gives itself (its date line); later labelled dates may be plans.
        Optional<Fact> ownDate = d.facts().facts().stream().filter(f -> f.kind() == FactKind.DOCUMENT_DATE).findFirst();
        return java.util.stream.Stream.concat(ownDate.stream(), d.facts().facts().stream().filter(f -> f.kind().isPastEvent()))
                .filter(evidence::reliable)
                .filter(f -> f.readings().stream().allMatch(r -> r.isAfter(today)))
                .findFirst().map(f -> future(d, f.date(), f));
    }

    private static Finding future(DocumentEvidence d, LocalDate date, Fact fact) {
        return Findings.of(Severity.WARNING, "CHRONOLOGY")
                .message("checks.chronology.future", d.title(), date.toString())
                .fix("checks.chronology.fix").document(d).span(fact == null ? null : fact.span()).build();
    }

    private static Optional<Finding> afterOwnDate(CaseEvidence evidence, DocumentEvidence d) {
        LocalDate own = d.date();
        if (own == null || d.isTranslation() || d.document().metadata().dateApproximate()) {
            return Optional.empty();
        }
        return d.facts().facts().stream()
                .filter(f -> f.kind().isPastEvent() && evidence.reliable(f))
                .filter(f -> f.readings().stream().allMatch(r -> r.isAfter(own.plusDays(1))))
                .findFirst()
                .map(f -> Findings.of(Severity.WARNING, "CHRONOLOGY")
                        .message("checks.chronology.afterDocument", d.title(), own.toString(), f.date().toString())
                        .fix("checks.chronology.fix").span(f.span()).build());
    }

    private static List<Finding> beforeBirth(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (var p : evidence.people()) {
            LocalDate born = birthDate(evidence, p.id());
            if (born == null) {
                continue;
            }
            evidence.allFacts().stream()
                    .filter(f -> LIFE_EVENTS.contains(f.kind()) && Objects.equals(f.personId(), p.id()) && evidence.reliable(f))
                    .filter(f -> f.readings().stream().allMatch(r -> r.isBefore(born)))
                    .findFirst()
                    .ifPresent(f -> findings.add(Findings.of(Severity.WARNING, "CHRONOLOGY")
                            .message("checks.chronology.beforeBirth", p.name(), f.date().toString(), born.toString(), evidence.source(f))
                            .fix("checks.chronology.fix").person(p.id()).span(f.span()).build()));
        }
        return findings;
    }

    /** The profile's birth date, else the one all documents agree on; none when they disagree (a DOB conflict). */
    private static LocalDate birthDate(CaseEvidence evidence, long personId) {
        Optional<LocalDate> profile = evidence.person(personId).map(p -> p.born());
        if (profile.isPresent()) {
            return profile.get();
        }
        List<Fact> births = evidence.allFacts().stream()
                .filter(f -> f.kind() == FactKind.BIRTH_DATE && Objects.equals(f.personId(), personId) && f.alternativeDate() == null)
                .toList();
        return DateClusters.of(births).size() == 1 ? births.get(0).date() : null;
    }
}
