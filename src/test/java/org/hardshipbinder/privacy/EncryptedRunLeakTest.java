package org.hardshipbinder.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hardshipbinder.app.Launcher;
import org.hardshipbinder.vault.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full run on an encrypted vault through the command line, each command in its own JVM whose temporary folder
 * (Java's and SQLite's) is a folder of this test: create the case and its people, import (with OCR: a typed PDF, a
 * PDF with a typed and a scanned page, a PNG and a two-page TIFF), check, suggest, build the binder (to a folder
 * outside the vault and the temporary folders), write the chronology, verify. While it runs, another thread reads
 * every file under the vault folder, the temporary folder and the log folder, and every file the running command has
 * open (unlinked temporary files included), again and again; afterwards they are read once more, with the files and
 * folders the run's time left in the system's temporary folder. No name of the family and no phrase of their documents may be found in any form
 * {@link LeakScanner} knows. (Before the vault kept OCR's work in memory, this test failed: the clinic letter lay in
 * the vault's {@code tmp/} in clear while its scanned page was read.)
 */
class EncryptedRunLeakTest {

    private static final String PASSPHRASE = "correct horse battery staple 7";

    @TempDir
    Path dir;

    @Test
    void nothingOfTheCaseIsReadableOutsideTheVaultDuringOrAfterAFullRun() throws Exception {
        Path source = dir.resolve("source");
        Path out = dir.resolve("out");
        Path vault = dir.resolve("vault");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.createDirectories(out);
        List<Path> files = LeakCaseFiles.write(source);
        LeakScanner scanner = new LeakScanner(LeakCaseFiles.NEEDLES);
        // The needles are really in what the family handed over (in the typed PDF's compressed content stream).
        assertThat(scanner.scan(source.resolve("declaration.pdf"), "source")).extracting(LeakScanner.Hit::needle)
                .contains(LeakCaseFiles.SPOUSE, "hemodialysis three times a week", "Lakeshore Renal Associates");

        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = entries(systemTmp);
        Sampler sampler = new Sampler(scanner, List.of(vault, tmp, logs), List.of(source, out));
        Thread sampling = new Thread(sampler, "leak-sampler");
        sampling.setDaemon(true);
        sampling.start();
        try {
            run(sampler, vault, tmp, logs, "case", "create", "--kind", "I-601A", "--applicant", LeakCaseFiles.APPLICANT,
                    "--title", "Villaseñor family");
            run(sampler, vault, tmp, logs, "person", "add", "--case", "1", "--name", LeakCaseFiles.APPLICANT,
                    "--role", "applicant", "--relation", "self", "--status", "OTHER", "--born", "1987-02-11");
            run(sampler, vault, tmp, logs, "person", "add", "--case", "1", "--name", LeakCaseFiles.SPOUSE,
                    "--role", "qr", "--relation", "spouse", "--status", "USC", "--born", "1990-03-03");
            run(sampler, vault, tmp, logs, "person", "add", "--case", "1", "--name", LeakCaseFiles.CHILD,
                    "--role", "child", "--relation", "daughter", "--status", "USC", "--born", "2016-10-09");
            List<String> importArgs = new ArrayList<>(List.of("import", "--case", "1"));
            files.forEach(f -> importArgs.add(f.toString()));
            run(sampler, vault, tmp, logs, importArgs.toArray(String[]::new));
            run(sampler, vault, tmp, logs, "check", "--case", "1");
            run(sampler, vault, tmp, logs, "suggest", "--case", "1", "--apply");
            run(sampler, vault, tmp, logs, "binder", "--case", "1", "--out", out.resolve("binder.pdf").toString(),
                    "--index-out", out.resolve("index.pdf").toString());
            run(sampler, vault, tmp, logs, "chronology", "--case", "1", "--pdf", out.resolve("chronology.pdf").toString());
            assertThat(run(sampler, vault, tmp, logs, "verify")).isZero();
        } finally {
            sampler.stop();
            sampling.join(60_000);
        }

        // The run did the work: OCR read the scans, and the binder carries the family's words where they belong.
        try (PDDocument binder = Loader.loadPDF(out.resolve("binder.pdf").toFile())) {
            String text = new PDFTextStripper().getText(binder);
            assertThat(text).contains("Villaseñor", "hemodialysis");
            assertThat(text.toLowerCase()).contains("netzahualcoyotl", "lakeshore");
        }
        assertThat(sampler.rounds.get()).as("scans made while the run went on").isGreaterThan(10);

        List<LeakScanner.Hit> hits = new ArrayList<>(sampler.hits);
        for (Path root : List.of(vault, tmp, logs)) {
            hits.addAll(scanTree(scanner, root, null));
        }
        // What a library that ignores the temporary folder it is given would leave in the system's: files written
        // there during the run, and folders made there during it. The machine is shared, so other programs' folders
        // (test runs, checkouts of this repository, whose sources hold these very words) are not the run's.
        for (Path entry : entries(systemTmp)) {
            String name = entry.getFileName().toString();
            if (Files.isRegularFile(entry) && lastModified(entry).compareTo(started) >= 0) {
                hits.addAll(scanner.scan(entry, entry.toString()));
            } else if (Files.isDirectory(entry) && !before.contains(entry) && !name.startsWith("junit")
                    && !Files.exists(entry.resolve(".git")) && !Files.exists(entry.resolve("pom.xml"))) {
                hits.addAll(scanTree(scanner, entry, p -> !p.startsWith(source) && !p.startsWith(out)));
            }
        }
        assertThat(hits).as("names or phrases of the case found outside the vault's encryption").isEmpty();
    }

    @Test
    void theScanFindsACaseWordWrittenInAnyOfItsForms() throws Exception {
        LeakScanner scanner = new LeakScanner(LeakCaseFiles.NEEDLES);
        byte[] utf16 = ("xx" + LeakCaseFiles.SPOUSE + "yy").getBytes(StandardCharsets.UTF_16LE);
        byte[] latin1 = "BT (ESCUELA PRIMARIA NETZAHUALCOYOTL) Tj ET".getBytes(StandardCharsets.ISO_8859_1);
        Deflater deflater = new Deflater();
        deflater.setInput(("BT /F1 10 Tf (" + LeakCaseFiles.APPLICANT + ") Tj ET").getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] compressed = new byte[512];
        int n = deflater.deflate(compressed);
        byte[] stream = new byte[n + 40];
        System.arraycopy(compressed, 0, stream, 20, n);

        assertThat(scanner.scan(utf16, "utf16")).extracting(LeakScanner.Hit::needle).contains(LeakCaseFiles.SPOUSE);
        assertThat(scanner.scan(latin1, "latin1")).extracting(LeakScanner.Hit::needle)
                .contains("Escuela Primaria Netzahualcoyotl");
        assertThat(scanner.scan(stream, "flate")).extracting(LeakScanner.Hit::needle).contains(LeakCaseFiles.APPLICANT);
        assertThat(scanner.scan("Villasenor".getBytes(StandardCharsets.US_ASCII), "folded"))
                .extracting(LeakScanner.Hit::needle).contains("Villaseñor");
        assertThat(scanner.scan(new byte[4096], "zeros")).isEmpty();
    }

    /** Runs one command in a child JVM whose temporary folders are {@code tmp}; returns its exit code. */
    private static int run(Sampler sampler, Path vault, Path tmp, Path logs, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("--vault", vault.toString()));
        args.addAll(List.of(command));
        ProcessBuilder builder = ChildJvm.builder(List.of("-Djava.io.tmpdir=" + tmp, "-Xmx512m", "-XX:+UseSerialGC"),
                Launcher.class, args.toArray(String[]::new));
        Map<String, String> env = builder.environment();
        env.put("HARDSHIP_BINDER_PASSPHRASE", PASSPHRASE);
        env.put("HARDSHIP_BINDER_LOG_DIR", logs.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("SQLITE_TMPDIR", tmp.toString());
        // What the command prints is the terminal, not a file the app writes: it goes beside the binder.
        Path output = Files.createTempFile(tmp.getParent().resolve("out"), "child-", ".out");
        Process child = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        sampler.watch(child.pid());
        try {
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        } finally {
            sampler.watch(-1);
        }
        int code = child.exitValue();
        String printed = Files.readString(output);
        Files.delete(output);
        assertThat(code).as(String.join(" ", command) + ":\n" + printed).isIn(0, 3);
        return code;
    }

    private static List<LeakScanner.Hit> scanTree(LeakScanner scanner, Path root, java.util.function.Predicate<Path> only) {
        List<LeakScanner.Hit> hits = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return hits;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> {
                try {
                    return Files.isRegularFile(p) && (only == null || only.test(p));
                } catch (RuntimeException unreadable) {
                    return false;
                }
            }).forEach(p -> hits.addAll(scanner.scan(p, p.toString())));
        } catch (IOException | java.io.UncheckedIOException vanished) {
            // Other processes create and delete files in the system's temporary folder meanwhile; walk what is left.
            if (hits.isEmpty() && only == null) {
                throw new AssertionError("could not walk " + root, vanished);
            }
        }
        return hits;
    }

    private static Set<Path> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new java.util.HashSet<>(list.toList());
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Reads the watched folders and the running command's open files over and over until stopped. */
    private static final class Sampler implements Runnable {
        private final LeakScanner scanner;
        private final List<Path> roots;
        private final List<Path> usersOwn;
        final Set<LeakScanner.Hit> hits = ConcurrentHashMap.newKeySet();
        final AtomicInteger rounds = new AtomicInteger();
        private final AtomicReference<Long> pid = new AtomicReference<>(-1L);
        private volatile boolean stopped;

        /** {@code usersOwn}: the family's files and what the user asked to have written, in clear by design. */
        Sampler(LeakScanner scanner, List<Path> roots, List<Path> usersOwn) {
            this.scanner = scanner;
            this.roots = roots;
            this.usersOwn = usersOwn;
        }

        void watch(long childPid) {
            pid.set(childPid);
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            while (!stopped) {
                for (Path root : roots) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.forEach(p -> hits.addAll(scanner.scan(p, "during the run: " + p)));
                    } catch (IOException | java.io.UncheckedIOException vanished) {
                        // A file deleted while listed; the next round sees the folder again.
                    }
                }
                openFiles(pid.get());
                rounds.incrementAndGet();
            }
        }

        /** Files the command holds open, read through /proc: temporary files it already unlinked are read too. */
        private void openFiles(long childPid) {
            Path fds = Path.of("/proc", String.valueOf(childPid), "fd");
            if (childPid < 0 || !Files.isDirectory(fds)) {
                return;
            }
            try (Stream<Path> list = Files.list(fds)) {
                list.forEach(fd -> {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        boolean interesting = target.contains("(deleted)") || roots.stream().anyMatch(r -> target.startsWith(r.toString()))
                                || target.startsWith(System.getProperty("java.io.tmpdir"));
                        boolean theirs = usersOwn.stream().anyMatch(u -> target.startsWith(u.toString()));
                        if (interesting && !theirs && !target.endsWith(".jar") && !target.contains(".so")) {
                            hits.addAll(scanner.scan(fd, "open in the command: " + target));
                        }
                    } catch (IOException | SecurityException gone) {
                        // Closed meanwhile.
                    }
                });
            } catch (IOException | java.io.UncheckedIOException exited) {
                // The command ended meanwhile.
            }
        }
    }
}
