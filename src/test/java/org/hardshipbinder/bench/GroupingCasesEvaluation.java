package org.hardshipbinder.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hardshipbinder.grouping.FileFacts;
import org.hardshipbinder.grouping.GroupingSuggestion;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * How many labelled documents of the development cases the merge and split suggestions reproduce exactly, once
 * every suggestion is accepted. It works on a vault in which each case's files were imported and read (one case per
 * case folder, titled with the folder's name) and CHANGES it (accepts the suggestions): give it a copy. Run with
 * {@code ./mvnw -Pbench -q test-compile exec:java -Dbench.main=org.hardshipbinder.bench.GroupingCasesEvaluation
 * -Dexec.args="VAULT_DIR CASES_DIR"}.
 */
public final class GroupingCasesEvaluation {

    /** One page of one original file: what a document is made of. */
    record PageRef(String sha256, int page) {
    }

    private GroupingCasesEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path vault = Path.of(args[0]);
        Path cases = Path.of(args.length > 1 ? args[1] : "../shared/cases");
        int matched = 0;
        int total = 0;
        try (Services services = Services.open(vault, AccessMode.READ_WRITE)) {
            for (Case c : services.cases().list()) {
                Path folder = cases.resolve("files").resolve(c.title());
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                services.grouping().pending(c.id()).forEach(s -> System.out.println("  " + describe(s)));
                List<List<PageRef>> result = applied(services, c.id());
                List<List<PageRef>> expected = expected(cases.resolve("labels.tsv"), c.title(), folder);
                int hits = 0;
                for (List<PageRef> doc : expected) {
                    boolean hit = result.contains(doc);
                    hits += hit ? 1 : 0;
                    if (!hit) {
                        System.out.println("  missed: " + doc);
                    }
                }
                System.out.printf("%s: %d of %d documents exact%n", c.title(), hits, expected.size());
                matched += hits;
                total += expected.size();
            }
        }
        System.out.printf("all cases: %d of %d documents exact (%.1f %%)%n", matched, total, 100.0 * matched / total);
    }

    static String describe(GroupingSuggestion s) {
        StringBuilder b = new StringBuilder(String.format("%s %.2f", s.key(), s.confidence()));
        for (GroupingSuggestion.Judgment j : s.judgments()) {
            b.append(String.format("%n      %d/%d|%d/%d %.2f ", j.beforeDocument(), j.beforePage(), j.afterDocument(),
                    j.afterPage(), j.score()));
            j.evidence().forEach(e -> b.append(String.format("%s%+.1f ", e.reason().key().replace("grouping.reason.", ""), e.weight())));
        }
        return b.toString();
    }

    /** The documents of a case after every suggestion is accepted through the page edits, each as its pages. */
    static List<List<PageRef>> applied(Services services, long caseId) {
        services.groupingEdits().acceptAll(caseId).stream().filter(EditOutcome.Refused.class::isInstance)
                .forEach(r -> System.out.println("  refused: " + r));
        List<List<PageRef>> result = new ArrayList<>();
        for (Document d : services.documents().listForCase(caseId)) {
            List<PageRef> pages = new ArrayList<>();
            for (Page p : services.pages().listForDocument(d.id())) {
                pages.add(new PageRef(services.originalFiles().find(p.originalId()).orElseThrow().sha256(), p.originalPage()));
            }
            result.add(pages);
        }
        return result;
    }

    static List<List<PageRef>> expected(Path labels, String caseName, Path folder) throws IOException {
        List<String> lines = Files.readAllLines(labels);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int caseCol = header.indexOf("case");
        int outCol = header.indexOf("output");
        int pagesCol = header.indexOf("output_pages");
        List<List<PageRef>> docs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (!f[caseCol].equals(caseName)) {
                continue;
            }
            String[] files = f[outCol].split("\\|");
            List<PageRef> pages = new ArrayList<>();
            if (files.length > 1) {
                for (String file : files) {
                    pages.add(new PageRef(sha(folder.resolve(file)), 1));
                }
            } else {
                String[] range = f[pagesCol].split("-");
                int from = Integer.parseInt(range[0].strip());
                int to = Integer.parseInt(range[range.length - 1].strip());
                for (int p = from; p <= to; p++) {
                    pages.add(new PageRef(sha(folder.resolve(files[0])), p));
                }
            }
            docs.add(pages);
        }
        return docs;
    }

    static String sha(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
