package org.hardshipbinder.factors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hardshipbinder.factors.LabeledLetters.Labeled;
import org.junit.jupiter.api.Test;

/**
 * Measures factor suggestions on generated, labeled letters (English and Spanish, several per factor, plus
 * distractors with no factor): precision and recall per factor, each at least 0.85. Also reports how often the
 * evidence type and the document's date are read right. The figures go into docs/benchmarks.md.
 */
class SuggestionAccuracyTest {

    private static final double REQUIRED = 0.85;
    private final FactorCatalog catalog = FactorCatalog.load();

    @Test
    void factorSuggestionsReachPrecisionAndRecallOnLabeledLetters() {
        List<Labeled> letters = LabeledLetters.generate(20261122L, 2);
        assertThat(letters).hasSizeGreaterThanOrEqualTo(40);
        SuggestionEngine engine = new SuggestionEngine(catalog.factors(FactorSet.HARDSHIP), catalog, List.of(), true);

        Map<String, int[]> counts = new java.util.LinkedHashMap<>(); // factor → {tp, fp, fn}, catalog order
        catalog.factors(FactorSet.HARDSHIP).forEach(f -> counts.put(f.code(), new int[3]));
        int typesLabeled = 0;
        int typesRight = 0;
        int datesLabeled = 0;
        int datesRight = 0;
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Labeled doc = letters.get(i);
            List<Suggestion> suggestions = engine.suggest(i, doc.text());
            Set<String> predicted = suggestions.stream().filter(s -> s.kind() == SuggestionKind.FACTOR)
                    .map(Suggestion::value).collect(Collectors.toSet());
            for (Map.Entry<String, int[]> c : counts.entrySet()) {
                boolean truth = doc.factors().contains(c.getKey());
                boolean said = predicted.contains(c.getKey());
                if (truth && said) {
                    c.getValue()[0]++;
                } else if (said) {
                    c.getValue()[1]++;
                    mistakes.add("false " + c.getKey() + " in " + doc.id() + ": " + explanation(suggestions, c.getKey()));
                } else if (truth) {
                    c.getValue()[2]++;
                    mistakes.add("missed " + c.getKey() + " in " + doc.id());
                }
            }
            if (doc.type() != null) {
                typesLabeled++;
                Optional<String> type = value(suggestions, SuggestionKind.EVIDENCE_TYPE);
                typesRight += type.filter(doc.type()::equals).isPresent() ? 1 : 0;
                if (type.filter(doc.type()::equals).isEmpty()) {
                    mistakes.add("type " + doc.id() + ": expected " + doc.type() + ", got " + type);
                }
            }
            if (doc.date() != null) {
                datesLabeled++;
                boolean right = value(suggestions, SuggestionKind.DATE).filter(doc.date().toString()::equals).isPresent();
                datesRight += right ? 1 : 0;
                if (!right) {
                    mistakes.add("date " + doc.id() + ": expected " + doc.date() + ", got " + value(suggestions, SuggestionKind.DATE));
                }
            }
        }

        long distractors = letters.stream().filter(l -> l.factors().isEmpty()).count();
        System.out.printf(Locale.ROOT, "Factor suggestions on %d labeled letters (%d English, %d Spanish, %d distractors)%n",
                letters.size(), letters.stream().filter(l -> l.language().equals("en")).count(),
                letters.stream().filter(l -> l.language().equals("es")).count(), distractors);
        System.out.println("| factor | documents | true pos. | false pos. | missed | precision | recall |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, int[]> c : counts.entrySet()) {
            int tp = c.getValue()[0];
            int fp = c.getValue()[1];
            int fn = c.getValue()[2];
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f |%n", c.getKey(), tp + fn, tp, fp, fn,
                    precision, recall);
            if (precision < REQUIRED || recall < REQUIRED || tp == 0) {
                below.add(c.getKey() + String.format(Locale.ROOT, " P=%.2f R=%.2f", precision, recall));
            }
        }
        System.out.printf(Locale.ROOT, "evidence type right: %d of %d (%.2f); document date right: %d of %d (%.2f)%n",
                typesRight, typesLabeled, (double) typesRight / typesLabeled, datesRight, datesLabeled,
                (double) datesRight / datesLabeled);
        mistakes.forEach(m -> System.out.println("  " + m));
        assertThat(below).as("factors below %.2f precision or recall", REQUIRED).isEmpty();
        assertThat((double) datesRight / datesLabeled).isGreaterThanOrEqualTo(REQUIRED);
    }

    private static Optional<String> value(List<Suggestion> suggestions, SuggestionKind kind) {
        return suggestions.stream().filter(s -> s.kind() == kind).map(Suggestion::value).findFirst();
    }

    private static String explanation(List<Suggestion> suggestions, String factor) {
        return suggestions.stream().filter(s -> s.value().equals(factor)).map(s -> s.explanation().args().toString())
                .findFirst().orElse("");
    }

    @Test
    void distractorsGetNoFactor() {
        SuggestionEngine engine = new SuggestionEngine(catalog.factors(FactorSet.HARDSHIP), catalog, List.of(), true);
        Set<String> wrongly = new HashSet<>();
        for (Labeled doc : LabeledLetters.generate(7L, 1)) {
            if (doc.factors().isEmpty()) {
                engine.suggest(1, doc.text()).stream().filter(s -> s.kind() == SuggestionKind.FACTOR)
                        .forEach(s -> wrongly.add(doc.id() + " " + s.value()));
            }
        }
        assertThat(wrongly).isEmpty();
    }
}
