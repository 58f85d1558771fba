package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * A-numbers and USCIS receipt numbers must not contradict each other: one person written with two A-numbers, one
 * form with two receipt numbers for the same person, or two numbers that differ by a single changed or swapped digit
 * (a slip, not a second number). Numbers a few apart are left alone: families filed together get consecutive ones.
 */
public final class IdNumberConflictCheck implements Check {

    private static final long CONSECUTIVE = 20;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (FactKind kind : List.of(FactKind.A_NUMBER, FactKind.RECEIPT_NUMBER)) {
            List<Fact> ids = evidence.allFacts().stream().filter(f -> f.kind() == kind).filter(evidence::reliable).toList();
            Map<String, List<Fact>> byValue = new LinkedHashMap<>();
            ids.forEach(f -> byValue.computeIfAbsent(f.value(), v -> new ArrayList<>()).add(f));
            List<String> values = new ArrayList<>(byValue.keySet());
            List<String> reported = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                for (int j = i + 1; j < values.size(); j++) {
                    String a = values.get(i);
                    String b = values.get(j);
                    if (reported.contains(a + b)) {
                        continue;
                    }
                    if (slip(a, b) || samePersonSameForm(kind, byValue.get(a), byValue.get(b))) {
                        reported.add(a + b);
                        List<List<Fact>> groups = List.of(byValue.get(a), byValue.get(b));
                        Findings f = Findings.of(Severity.ERROR, "ID_NUMBER_CONFLICT")
                                .message(kind == FactKind.A_NUMBER ? "checks.aNumberConflict" : "checks.receiptConflict",
                                        ConflictMessages.statements(evidence, groups))
                                .fix("checks.idNumberConflict.fix");
                        groups.stream().flatMap(List::stream).map(Fact::personId).filter(Objects::nonNull).distinct().forEach(f::person);
                        ConflictMessages.locate(f, groups);
                        findings.add(f.build());
                    }
                }
            }
        }
        return findings;
    }

    /** Two people may have A-numbers; one person may not have two. Receipts: one person's same form. */
    private static boolean samePersonSameForm(FactKind kind, List<Fact> a, List<Fact> b) {
        for (Fact x : a) {
            for (Fact y : b) {
                boolean samePerson = x.personId() != null && x.personId().equals(y.personId());
                boolean sameForm = kind == FactKind.A_NUMBER || (x.context() != null && x.context().equals(y.context()));
                if (samePerson && sameForm) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same length and prefix, one digit changed or two neighbours swapped, and not simply consecutive numbers. */
    static boolean slip(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int prefix = a.length() == 13 ? 3 : 0;
        if (!a.substring(0, prefix).equals(b.substring(0, prefix))) {
            return false;
        }
        long x = Long.parseLong(a.substring(prefix));
        long y = Long.parseLong(b.substring(prefix));
        if (Math.abs(x - y) <= CONSECUTIVE) {
            return false;
        }
        List<Integer> diffs = new ArrayList<>();
        for (int i = prefix; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                diffs.add(i);
            }
        }
        if (diffs.size() == 1) {
            return true;
        }
        return diffs.size() == 2 && diffs.get(1) == diffs.get(0) + 1
                && a.charAt(diffs.get(0)) == b.charAt(diffs.get(1)) && a.charAt(diffs.get(1)) == b.charAt(diffs.get(0));
    }
}
