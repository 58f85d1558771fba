package org.hardshipbinder.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.NewDocument;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The ordered import pipeline: preflight (cheap) → inspect (parse pages, the checksum computed meanwhile on a second
 * thread) → refuse bytes the case already has → store (one transaction: the original, its bytes, the document made
 * of it and its pages appear together or not at all) → queue its pages for OCR.
 * A bad file is refused with a reason and the batch goes on.
 */
public final class ImportService {

    /** Hears about each file as the batch goes. */
    @FunctionalInterface
    public interface Listener {
        void fileDone(ImportOutcome outcome, int index, int total);
    }

    private final Vault vault;
    private final Preflight preflight;
    private final PdfInspector pdfInspector;
    private final ImageInspector imageInspector;
    private final DocumentRepository documents;
    private final OriginalStore originals;
    private final PageRepository pages;

    public ImportService(Vault vault, Preflight preflight, PdfInspector pdfInspector, ImageInspector imageInspector,
                         DocumentRepository documents, OriginalStore originals, PageRepository pages) {
        this.vault = vault;
        this.preflight = preflight;
        this.pdfInspector = pdfInspector;
        this.imageInspector = imageInspector;
        this.documents = documents;
        this.originals = originals;
        this.pages = pages;
    }

    /** Imports files and the files inside folders (a scanner's output folder), in name order. */
    public List<ImportOutcome> importAll(long caseId, List<Path> paths, ImportOptions options, Listener listener) {
        try (ImportBatch batch = ImportBatch.start(paths, options)) {
            return importAll(caseId, batch, listener);
        }
    }

    /** Imports a batch made ready beforehand ({@link ImportBatch#start}); the caller closes it. */
    public List<ImportOutcome> importAll(long caseId, ImportBatch batch, Listener listener) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<ImportBatch.Item> items = batch.items();
        for (int i = 0; i < items.size(); i++) {
            ImportOutcome outcome = importFile(caseId, items.get(i), batch.options());
            outcomes.add(outcome);
            listener.fileDone(outcome, i + 1, items.size());
        }
        return outcomes;
    }

    public ImportOutcome importFile(long caseId, Path file, ImportOptions options) {
        try (ImportBatch batch = ImportBatch.ofFiles(List.of(file), options)) {
            return importFile(caseId, batch.items().get(0), options);
        }
    }

    /**
     * After the cheap checks (the batch's), the file's pages are parsed while its checksum is computed on the other
     * thread; then bytes the case already has are refused, before a bad parse is reported (as when the checksum came
     * first); then the one storing transaction.
     */
    private ImportOutcome importFile(long caseId, ImportBatch.Item item, ImportOptions options) {
        Path file = item.file();
        try {
            if (item.screened() instanceof Preflight.Refused refused) {
                return new ImportOutcome.Rejected(file, refused.reason());
            }
            Preflight.Passed passed = (Preflight.Passed) item.screened();
            Inspection inspection = inspectorFor(passed.mediaType()).inspect(file, options);
            String sha = item.sha256().get();
            Optional<UserMessage> duplicate = preflight.duplicate(caseId, file, sha);
            if (duplicate.isPresent()) {
                return new ImportOutcome.Rejected(file, duplicate.get());
            }
            if (inspection instanceof Inspection.Refused refused) {
                return new ImportOutcome.Rejected(file, refused.reason());
            }
            Inspection.Pages found = (Inspection.Pages) inspection;
            NewDocument doc = new NewDocument(caseId, file.getFileName().toString(), passed.mediaType(), passed.sizeBytes(),
                    sha, found.password());
            long id = vault.write(c -> store(doc, file, found));
            return new ImportOutcome.Imported(file, id, found.pages().size());
        } catch (IOException e) {
            return new ImportOutcome.Rejected(file, UserMessage.of("intake.rejected.unreadable", e.getMessage()));
        }
    }

    private long store(NewDocument doc, Path file, Inspection.Pages found) {
        long id = documents.insert(doc, found.pages().size());
        originals.store(documents.importedFrom(id).orElseThrow(), file);
        pages.insertAll(id, found.pages());
        documents.moveTo(id, DocumentStatus.OCR_QUEUED, null);
        return id;
    }

    private PageInspector inspectorFor(MediaType type) {
        return type == MediaType.PDF ? pdfInspector : imageInspector;
    }

    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    files.add(path);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
