package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.facts.Period;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * One person's income stated differently in different documents, beyond a tolerance, after putting hourly, weekly,
 * biweekly, monthly and yearly figures on one yearly scale (a past year's W-2 against today's pay: twice the tolerance). A document that itself gives several incomes for the person (two jobs,
 * before and after a raise) is not used: it cannot be compared with a single figure.
 */
public final class IncomeConflictCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        double tolerance = evidence.settings().incomeTolerance();
        for (Person p : evidence.people()) {
            Map<Long, List<Fact>> byDocument = new LinkedHashMap<>();
            evidence.allFacts().stream()
                    .filter(f -> f.kind() == FactKind.INCOME && Objects.equals(f.personId(), p.id()) && evidence.reliable(f))
                    .forEach(f -> byDocument.computeIfAbsent(f.documentId(), d -> new ArrayList<>()).add(f));
            List<Fact> statements = new ArrayList<>();
            byDocument.values().forEach(facts -> {
                if (facts.stream().allMatch(f -> close(yearly(f), yearly(facts.get(0)), tolerance))) {
                    statements.add(facts.get(0));
                }
            });
            if (statements.size() < 2) {
                continue;
            }
            if (disagree(statements, tolerance)) {
                List<UserMessage> listed = statements.stream().map(f -> UserMessage.of("checks.amountStatement",
                        UserMessage.of("checks.period." + f.context(), money(amountAsWritten(f))), money(yearly(f)),
                        evidence.source(f))).toList();
                Findings f = Findings.of(Severity.WARNING, "AMOUNT_CONFLICT")
                        .message("checks.amountConflict", p.name(), listed)
                        .fix("checks.amountConflict.fix")
                        .person(p.id());
                statements.forEach(s -> f.span(s.span()));
                findings.add(f.build());
            }
        }
        return findings;
    }

    /**
     * Whether two statements differ beyond the tolerance; a record of a past year (a W-2) against a current figure
     * gets twice the tolerance, since pay changes from one year to the next.
     */
    private static boolean disagree(List<Fact> statements, double tolerance) {
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Fact a = statements.get(i);
                Fact b = statements.get(j);
                double allowed = Objects.equals(a.date(), b.date()) ? tolerance : 2 * tolerance;
                if (!close(yearly(a), yearly(b), allowed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long yearly(Fact f) {
        return Long.parseLong(f.value());
    }

    private static long amountAsWritten(Fact f) {
        Period period = Period.valueOf(f.context());
        return yearly(f) / period.yearly(1);
    }

    private static boolean close(long a, long b, double tolerance) {
        long max = Math.max(a, b);
        return max == 0 || Math.abs(a - b) <= max * tolerance;
    }

    private static String money(long cents) {
        long dollars = Math.round(cents / 100.0);
        return "$" + String.format(java.util.Locale.US, "%,d", dollars);
    }
}
