package org.hardshipbinder.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The labelled development cases as written in their TSV files (see the cases' README). */
record CaseSet(Path root, List<Label> labels, List<FindingRow> expected, List<FindingRow> controls) {

    /** One labelled document. {@code pages} are the file pages (or photos) that hold it. */
    record Label(String kase, String file, String language, String type, String date, String source, Set<String> factors,
                 Set<String> persons, String translationOf, String title, Set<PageRef> pages) {
    }

    /** A row of expected_findings.tsv or negative_controls.tsv; {@code checks} has one check or several. */
    record FindingRow(String kase, Set<String> checks, List<String> files, String explanation) {
    }

    /** A person of case.tsv. */
    record CasePerson(String kind, String name, String role, String relation, String status, String born) {
    }

    /** One page of one original file: page number within a PDF, 1 for an image. */
    record PageRef(String file, int page) {
    }

    static CaseSet read(Path root) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String[] r : rows(root.resolve("labels.tsv"))) {
            labels.add(new Label(r[0], r[1], r[2], r[3], r[4], r[5], set(r[6]), set(r[7]), r[8], r[9], pages(r[10], r[11])));
        }
        return new CaseSet(root, labels, findingRows(root.resolve("expected_findings.tsv")),
                findingRows(root.resolve("negative_controls.tsv")));
    }

    List<String> caseNames() {
        return labels.stream().map(Label::kase).distinct().toList();
    }

    List<Label> labels(String kase) {
        return labels.stream().filter(l -> l.kase().equals(kase)).toList();
    }

    List<CasePerson> people(String kase) throws IOException {
        return rows(root.resolve(kase).resolve("case.tsv")).stream()
                .map(r -> new CasePerson(r[0], r[1], r[2], r[3], r[4], r[5])).toList();
    }

    Path files(String kase) {
        return root.resolve("files").resolve(kase);
    }

    private static List<FindingRow> findingRows(Path file) throws IOException {
        return rows(file).stream().map(r -> new FindingRow(r[0], set(r[1].replace('|', ',')), List.of(r[2].split(",")), r[3]))
                .toList();
    }

    private static Set<PageRef> pages(String output, String outputPages) {
        Set<PageRef> refs = new LinkedHashSet<>();
        if (output.contains("|")) {
            for (String photo : output.split("\\|")) {
                refs.add(new PageRef(photo, 1));
            }
            return refs;
        }
        for (String part : outputPages.split(",")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int p = from; p <= to; p++) {
                refs.add(new PageRef(output, p));
            }
        }
        return refs;
    }

    private static Set<String> set(String joined) {
        Set<String> values = new LinkedHashSet<>();
        for (String v : joined.split(",")) {
            if (!v.isBlank()) {
                values.add(v.trim());
            }
        }
        return values;
    }

    /** Rows without the header; short rows padded with empty cells. */
    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int width = lines.get(0).split("\t", -1).length;
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> Arrays.copyOf(l.split("\t", -1), width))
                .map(r -> Arrays.stream(r).map(c -> c == null ? "" : c).toArray(String[]::new)).toList();
    }
}
