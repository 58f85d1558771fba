package org.hardshipbinder.testdata;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real-world test files the tests import: the copies under {@code src/test/resources/corpus} (named in
 * {@code src/test/resources/NOTICE}), so a clone of the repository is all the tests need. The system property
 * {@code hardshipbinder.corpus} points the same tests at a larger corpus with the same layout and MANIFEST.tsv.
 */
public final class TestCorpus {

    private TestCorpus() {
    }

    public static Path root() {
        String override = System.getProperty("hardshipbinder.corpus");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        URL manifest = TestCorpus.class.getResource("/corpus/MANIFEST.tsv");
        if (manifest == null) {
            throw new IllegalStateException("src/test/resources/corpus/MANIFEST.tsv is not on the test class path");
        }
        try {
            return Path.of(manifest.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path file(String relative) {
        return root().resolve(relative).toAbsolutePath();
    }
}
