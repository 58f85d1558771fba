package org.hardshipbinder.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.cli.Cli;
import org.hardshipbinder.logging.AppLogging;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.prefs.JavaPreferenceStore;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;

/**
 * The training run for the application class-data-sharing archive (ADR 0007): the installer starts the app's own
 * launcher once with {@code -XX:ArchiveClassesAtExit} and {@link #PROPERTY}, and the classes this run loads are
 * archived for every later start. It needs no display: it runs the command line on a throw-away vault (create a
 * case, import a small PDF, list, search), opens that vault the way the window does, and loads (without
 * initialising) the window's own classes and JavaFX's. Everything it writes goes to a temporary folder it deletes.
 */
final class ClassArchiveTraining {

    /** The system property that turns a start of the launcher into the training run. */
    static final String PROPERTY = "hardshipbinder.classArchiveTraining";

    /** What the training did: the exit codes of its commands and how many window classes it loaded. */
    record Outcome(List<Integer> exitCodes, int windowClasses) {
        boolean succeeded() {
            return exitCodes.stream().allMatch(code -> code == 0);
        }
    }

    private ClassArchiveTraining() {
    }

    static Outcome run() throws IOException {
        Path work = Files.createTempDirectory("hardship-binder-training");
        try {
            // Preferences and the log file of the training stay in the throw-away folder, not the installing user's.
            System.setProperty("java.util.prefs.userRoot", work.resolve("prefs").toString());
            AppLogging.install(work.resolve("logs"), false);
            Path vault = work.resolve("vault");
            Path pdf = twoPagePdf(work.resolve("letter.pdf"));
            List<Integer> codes = Stream.of(
                    new String[] {"--help"},
                    new String[] {"case", "create", "--kind", "I-601A", "--applicant", "Ana Training"},
                    new String[] {"import", "--case", "1", "--no-ocr", pdf.toString()},
                    new String[] {"documents", "--case", "1"},
                    new String[] {"search", "--case", "1", "hardship"})
                    .map(args -> command(vault, args)).toList();
            new AppPreferences(JavaPreferenceStore.forUser()).language();
            if (VaultOpening.attempt(vault, AccessMode.READ_WRITE, Passphrase.none())
                    instanceof VaultOpening.Opened opened) {
                opened.services().close();
            }
            return new Outcome(codes, WindowClasses.load(ClassArchiveTraining.class));
        } finally {
            deleteTree(work);
        }
    }

    private static int command(Path vault, String... args) {
        String[] full = Stream.concat(Stream.of("--vault", vault.toString()), Stream.of(args)).toArray(String[]::new);
        PrintWriter sink = new PrintWriter(new StringWriter());
        return Cli.run(Cli.context(sink, sink), full);
    }

    private static Path twoPagePdf(Path target) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String line : List.of("Letter of hardship, page one.", "Medical records, page two.")) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    stream.beginText();
                    stream.setFont(font, 12);
                    stream.newLineAtOffset(72, 700);
                    stream.showText(line);
                    stream.endText();
                }
            }
            pdf.save(target.toFile());
        }
        return target;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
