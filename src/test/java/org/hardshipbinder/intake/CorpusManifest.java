package org.hardshipbinder.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hardshipbinder.testdata.TestCorpus;

/** The test corpus ({@link TestCorpus}) and what its MANIFEST.tsv says about each file. */
record CorpusManifest(Path root, List<Entry> entries) {

    private static final Pattern PDFINFO_PAGES = Pattern.compile("pdfinfo_rc=0, pages=(\\d+)");
    private static final Pattern FRAMES = Pattern.compile("identify_rc=0 frames=(\\d+)");

    /** One row: the file, its kind, what the app should do, and the notes with pdfinfo/identify output. */
    record Entry(String localName, String kind, String expected, String notes) {

        /** The page count pdfinfo reported, when it read the file without errors. */
        OptionalInt pdfinfoPages() {
            Matcher m = PDFINFO_PAGES.matcher(notes);
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        }

        /** The frame count ImageMagick's identify reported. */
        OptionalInt imageFrames() {
            Matcher m = FRAMES.matcher(notes);
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        }
    }

    static Path corpusRoot() {
        return TestCorpus.root();
    }

    static CorpusManifest load() throws IOException {
        Path root = corpusRoot();
        List<Entry> entries = Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new Entry(f[0], f[3], f[4], f.length > 5 ? f[5] : ""))
                .toList();
        return new CorpusManifest(root, entries);
    }

    Path file(String localName) {
        return root.resolve(localName);
    }

    /** Every file an import could be given: all but ground-truth texts. */
    List<Entry> importable() {
        return entries.stream().filter(e -> !e.kind().equals("ground_truth")).toList();
    }
}
