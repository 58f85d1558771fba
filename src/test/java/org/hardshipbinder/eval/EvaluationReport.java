package org.hardshipbinder.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints the evaluation's figures: findings per check, false alarms, metadata accuracy, and titles side by side. */
record EvaluationReport(FindingScore findings, MetadataScore metadata) {

    void print(PrintStream out) {
        out.println();
        out.println("== Documents and titles (label / app; ✗ = differs) ==");
        metadata.rows.forEach(out::println);
        out.println();
        out.println("== Findings: found/planted, false alarms ==");
        for (String check : Vocabulary.CHECK_CODES.keySet()) {
            int[] tally = findings.foundPlanted.getOrDefault(check, new int[2]);
            int alarms = findings.falseAlarms.getOrDefault(check, 0);
            if (tally[1] > 0 || alarms > 0) {
                out.printf(Locale.ROOT, "%-28s %d/%d   false alarms %d%n", check, tally[0], tally[1], alarms);
            }
        }
        out.printf(Locale.ROOT, "%-28s %d/%d   false alarms %d = %.1f per 10 documents%n", "all", findings.found(),
                findings.planted(), findings.totalFalseAlarms(), 10.0 * findings.totalFalseAlarms() / metadata.documents);
        findings.missed.forEach(m -> out.println("  missed: " + m));
        findings.alarms.forEach(a -> out.println("  false alarm: " + a));
        out.println();
        int n = metadata.documents;
        out.println("== Metadata over " + n + " labelled documents ==");
        for (Map.Entry<String, Integer> e : Map.of("type", metadata.type, "own date", metadata.date, "language",
                metadata.language, "source kind", metadata.source, "exactly one document", metadata.exactDocuments)
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            out.printf(Locale.ROOT, "%-22s %2d/%d = %.2f%n", e.getKey(), e.getValue(), n, (double) e.getValue() / n);
        }
        out.printf(Locale.ROOT, "%-22s %d/%d right, %d spurious%n", "translation pairs", metadata.pairsRight,
                metadata.pairsExpected, metadata.pairsSpurious);
        out.printf(Locale.ROOT, "%-22s precision %.2f recall %.2f%n", "factors", metadata.factors.precision(),
                metadata.factors.recall());
        out.printf(Locale.ROOT, "%-22s precision %.2f recall %.2f%n", "persons", metadata.persons.precision(),
                metadata.persons.recall());
    }
}
