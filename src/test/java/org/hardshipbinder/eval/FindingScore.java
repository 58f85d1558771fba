package org.hardshipbinder.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.eval.CaseRun.AppFinding;
import org.hardshipbinder.eval.CaseSet.FindingRow;

/**
 * Scores one case's findings by the rules of the cases' README: a finding matches an expected row when its code
 * corresponds to the row's check and it names the row's first file (either file for a duplicate); an unmatched
 * finding of one of the scored checks is a false alarm when a negative control of that check names one of its files,
 * or when the case has no expected row of that check.
 */
final class FindingScore {

    final Map<String, int[]> foundPlanted = new LinkedHashMap<>();
    final Map<String, Integer> falseAlarms = new LinkedHashMap<>();
    final List<String> missed = new ArrayList<>();
    final List<String> alarms = new ArrayList<>();

    void score(CaseRun run, List<FindingRow> expected, List<FindingRow> controls) {
        List<FindingRow> rows = expected.stream().filter(r -> r.kase().equals(run.kase())).toList();
        List<FindingRow> negatives = controls.stream().filter(r -> r.kase().equals(run.kase())).toList();
        List<AppFinding> matched = new ArrayList<>();
        for (FindingRow row : rows) {
            String check = row.checks().iterator().next();
            List<AppFinding> hits = run.findings().stream().filter(f -> matches(run, row, check, f)).toList();
            int[] tally = foundPlanted.computeIfAbsent(check, k -> new int[2]);
            tally[1]++;
            if (hits.isEmpty()) {
                missed.add(run.kase() + " " + check + " " + row.files().get(0));
            } else {
                tally[0]++;
                matched.addAll(hits);
            }
        }
        for (AppFinding f : run.findings()) {
            if (matched.contains(f)) {
                continue;
            }
            for (String check : Vocabulary.CHECK_CODES.keySet()) {
                if (Vocabulary.CHECK_CODES.get(check).contains(f.code()) && isFalseAlarm(run, check, f, rows, negatives)) {
                    falseAlarms.merge(check, 1, Integer::sum);
                    alarms.add(run.kase() + " " + f.code() + " docs " + f.documents() + ": " + f.message());
                    break;
                }
            }
        }
    }

    private static boolean matches(CaseRun run, FindingRow row, String check, AppFinding f) {
        if (!Vocabulary.CHECK_CODES.get(check).contains(f.code())) {
            return false;
        }
        List<String> named = "duplicate".equals(check) ? row.files() : row.files().subList(0, 1);
        return named.stream().anyMatch(file -> run.documentsOf(file).stream().anyMatch(f.documents()::contains));
    }

    private static boolean isFalseAlarm(CaseRun run, String check, AppFinding f, List<FindingRow> rows,
                                        List<FindingRow> negatives) {
        if ("undated".equals(check) && excusedUndated(run, f, rows)) {
            return false;
        }
        boolean noRowOfCheck = rows.stream().noneMatch(r -> codesOf(r).contains(f.code()));
        boolean control = negatives.stream().filter(r -> codesOf(r).contains(f.code()))
                .anyMatch(r -> r.files().stream().anyMatch(file -> run.documentsOf(file).stream().anyMatch(f.documents()::contains)));
        return noRowOfCheck || control;
    }

    /** A translation whose certificate is planted without a date may also be reported undated (README). */
    private static boolean excusedUndated(CaseRun run, AppFinding f, List<FindingRow> rows) {
        return rows.stream().filter(r -> r.checks().contains("translation_incomplete_cert"))
                .anyMatch(r -> run.documentsOf(r.files().get(0)).stream().anyMatch(f.documents()::contains));
    }

    private static Set<String> codesOf(FindingRow row) {
        Set<String> codes = new java.util.HashSet<>();
        row.checks().forEach(c -> codes.addAll(Vocabulary.CHECK_CODES.getOrDefault(c, Set.of())));
        return codes;
    }

    int found() {
        return foundPlanted.values().stream().mapToInt(t -> t[0]).sum();
    }

    int planted() {
        return foundPlanted.values().stream().mapToInt(t -> t[1]).sum();
    }

    int totalFalseAlarms() {
        return falseAlarms.values().stream().mapToInt(Integer::intValue).sum();
    }
}
