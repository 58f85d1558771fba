package org.hardshipbinder.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hardshipbinder.eval.CaseSet.CasePerson;

/**
 * Evaluates the app on the labelled development cases: for each case a fresh vault, the case and its people created,
 * every file imported, OCR, {@code suggest --apply} and {@code check}, all through the command-line contract; then
 * the findings, metadata, factors, people, translation pairs and titles are scored against the labels.
 *
 * <pre>
 * ./mvnw -Peval -q test-compile exec:java
 *     [-Deval.cases=../shared/cases] [-Deval.keep=DIR] [-Deval.only=CASE]
 * </pre>
 * {@code -Deval.keep=DIR} keeps each case's vault after OCR in DIR and reuses it on the next run, which then
 * repeats only the suggestions and the checks (on a fresh copy), since reading the scans takes minutes.
 */
public final class CaseEvaluation {

    private CaseEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("eval.cases", "../shared/cases"));
        if (!Files.isRegularFile(root.resolve("labels.tsv"))) {
            System.out.println("No labelled cases at " + root.toAbsolutePath() + " (labels.tsv missing): nothing to evaluate.");
            return;
        }
        CaseSet set = CaseSet.read(root);
        String keepProperty = System.getProperty("eval.keep");
        Path work = keepProperty == null ? Files.createTempDirectory("case-eval") : Path.of(keepProperty);
        String only = System.getProperty("eval.only");
        FindingScore findings = new FindingScore();
        MetadataScore metadata = new MetadataScore();
        for (String kase : set.caseNames()) {
            if (only != null && !only.equals(kase)) {
                continue;
            }
            CaseRun run = runCase(set, kase, work.resolve(kase));
            findings.score(run, set.expected(), set.controls());
            metadata.score(run);
        }
        new EvaluationReport(findings, metadata).print(System.out);
        if (keepProperty == null) {
            deleteTree(work);
        }
    }

    private static CaseRun runCase(CaseSet set, String kase, Path dir) throws IOException {
        Path ocrVault = dir.resolve("after-ocr");
        Path people = dir.resolve("people.tsv");
        if (!Files.isRegularFile(people)) {
            deleteTree(ocrVault);
            Files.createDirectories(ocrVault);
            long started = System.nanoTime();
            importAndRead(set, kase, new AppDriver(ocrVault), people);
            System.out.printf(Locale.ROOT, "%s: imported and read in %.0f s%n", kase, (System.nanoTime() - started) / 1e9);
        } else {
            System.out.println(kase + ": reusing the vault read earlier in " + ocrVault);
        }
        Path runVault = dir.resolve("run");
        deleteTree(runVault);
        copyTree(ocrVault, runVault);
        Map<Long, String> names = new LinkedHashMap<>();
        String caseId = "1";
        for (String line : Files.readAllLines(people, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells[0].equals("case")) {
                caseId = cells[1];
            } else {
                names.put(Long.parseLong(cells[0]), cells[1]);
            }
        }
        AppDriver app = new AppDriver(runVault);
        app.run("suggest", "--case", caseId, "--apply");
        var documents = AppDocument.from(app.json("documents", "--case", caseId, "--json"));
        var found = CaseRun.AppFinding.from(app.json("check", "--case", caseId, "--json"));
        return new CaseRun(kase, set.labels(kase), documents, found, names, sameBytes(set.files(kase)));
    }

    private static void importAndRead(CaseSet set, String kase, AppDriver app, Path peopleFile) throws IOException {
        List<CasePerson> people = set.people(kase);
        CasePerson applicant = people.stream().filter(p -> p.role().equals("applicant")).findFirst()
                .orElse(people.get(0));
        String caseId = app.run("case", "create", "--kind", applicant.kind(), "--applicant", applicant.name()).strip();
        List<String> lines = new ArrayList<>(List.of("case\t" + caseId));
        for (CasePerson p : people) {
            List<String> args = new ArrayList<>(List.of("person", "add", "--case", caseId, "--name", p.name(),
                    "--role", role(p.role())));
            if (!p.relation().isBlank()) {
                args.addAll(List.of("--relation", p.relation()));
            }
            if (!p.status().isBlank()) {
                args.addAll(List.of("--status", p.status().equals("USC") || p.status().equals("LPR") ? p.status() : "OTHER"));
            }
            if (!p.born().isBlank()) {
                args.addAll(List.of("--born", p.born()));
            }
            lines.add(app.run(args.toArray(String[]::new)).strip() + "\t" + p.name());
        }
        List<String> importArgs = new ArrayList<>(List.of("import", "--case", caseId, "--no-ocr"));
        try (Stream<Path> files = Files.list(set.files(kase))) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> importArgs.add(f.toString()));
        }
        app.run(importArgs.toArray(String[]::new));
        app.run("ocr", "--case", caseId);
        Files.write(peopleFile, lines, StandardCharsets.UTF_8);
    }

    /** Each file of a case → the other files of the case with the same bytes. */
    private static Map<String, java.util.Set<String>> sameBytes(Path dir) throws IOException {
        Map<String, List<String>> byHash = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byHash.computeIfAbsent(sha256(f), h -> new ArrayList<>()).add(f.getFileName().toString());
            }
        }
        Map<String, java.util.Set<String>> twins = new LinkedHashMap<>();
        for (List<String> same : byHash.values()) {
            for (String f : same) {
                java.util.Set<String> others = new java.util.LinkedHashSet<>(same);
                others.remove(f);
                twins.put(f, others);
            }
        }
        return twins;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The labels' roles onto the app's. */
    private static String role(String role) {
        return switch (role) {
            case "qualifying_relative" -> "qr";
            case "applicant", "child", "sponsor", "beneficiary" -> role;
            default -> "other";
        };
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
