package org.hardshipbinder.factors;

import java.util.List;

/** Gives benchmarks the generated letters without opening the generator to other packages. */
public final class BenchLetters {

    private BenchLetters() {
    }

    public static List<String> texts() {
        return LabeledLetters.generate(20261122L, 2).stream().map(LabeledLetters.Labeled::text).toList();
    }
}
