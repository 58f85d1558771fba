package org.hardshipbinder.bench;

import java.util.List;
import java.util.Locale;
import org.hardshipbinder.factors.FactorCatalog;
import org.hardshipbinder.factors.FactorSet;
import org.hardshipbinder.factors.SuggestionEngine;
import org.hardshipbinder.text.TextFold;

/**
 * Speed of suggestions per document on the generated letters, against a baseline measured in the same run: folding
 * the same texts (lower case, accents removed), the least any text matcher must do. Run with
 * {@code ./mvnw -Pbench -q test-compile exec:java -Dbench.main=org.hardshipbinder.bench.FactorSuggestionBench}.
 */
public final class FactorSuggestionBench {

    private FactorSuggestionBench() {
    }

    public static void main(String[] args) {
        List<String> texts = org.hardshipbinder.factors.BenchLetters.texts();
        FactorCatalog catalog = FactorCatalog.load();
        SuggestionEngine engine = new SuggestionEngine(catalog.factors(FactorSet.HARDSHIP), catalog, List.of(), true);
        for (int warm = 0; warm < 3; warm++) {
            run(engine, texts);
            fold(texts);
        }
        int rounds = 5;
        long engineNanos = 0;
        long foldNanos = 0;
        for (int r = 0; r < rounds; r++) {
            engineNanos += run(engine, texts);
            foldNanos += fold(texts);
        }
        double perDoc = engineNanos / 1e6 / rounds / texts.size();
        double foldPerDoc = foldNanos / 1e6 / rounds / texts.size();
        System.out.printf(Locale.ROOT, "documents: %d, suggestions: %.3f ms/document, folding baseline: %.3f ms/document, ratio %.0f×%n",
                texts.size(), perDoc, foldPerDoc, perDoc / foldPerDoc);
    }

    private static long run(SuggestionEngine engine, List<String> texts) {
        long start = System.nanoTime();
        int n = 0;
        for (String t : texts) {
            n += engine.suggest(1, t).size();
        }
        if (n < 0) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - start;
    }

    private static long fold(List<String> texts) {
        long start = System.nanoTime();
        int n = 0;
        for (String t : texts) {
            n += TextFold.compact(t).length();
        }
        if (n < 0) {
            throw new IllegalStateException();
        }
        return System.nanoTime() - start;
    }
}
