package org.hardshipbinder.binder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import java.util.Optional;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageTextRepository;

/**
 * Opens one document's original from the vault and hands out its pages as {@link PageContent}, with the OCR words
 * of scanned pages. A PDF is read in place from the vault's chunks and its pages reference its objects, so it must
 * stay open until the binder is saved; a TIFF goes through a scratch copy, deleted on close. A damaged or locked
 * original becomes a {@link PlacementFailure} that names the document.
 */
final class PartPages implements AutoCloseable {

    private final Document document;
    private final List<Page> pages;
    private final PDDocument target;
    private final OriginalStore originals;
    private final Map<Long, List<Word>> ocrWords = new HashMap<>();
    private final Map<Long, Integer> turns;
    private final Map<Long, Boolean> cleaned;
    private final PageImageRepository pageImages;
    private Path scratch;
    private PDDocument source;
    private PdfSource pdf;

    PartPages(ExhibitPart.DocumentPart part, PDDocument target, OriginalStore originals, ChunkCache chunks,
              DocumentRepository documents, PageTextRepository texts, PageImageRepository pageImages) {
        this.document = part.document();
        this.pageImages = pageImages;
        this.turns = pageImages.detectedRotations(document.id());
        this.cleaned = pageImages.cleanedPages(document.id());
        this.pages = part.pages();
        this.target = target;
        this.originals = originals;
        for (PageText text : texts.forDocument(document.id())) {
            if (text.origin() == TextOrigin.OCR) {
                ocrWords.put(text.pageId(), text.words());
            }
        }
        if (document.mediaType() == MediaType.PDF) {
            openPdf(new VaultOriginalRead(chunks, document.id(), document.sizeBytes()),
                    documents.openPassword(document.id()).orElse(""));
        }
    }

    /** The content of page {@code number} (1-based). */
    PageContent content(int number) {
        Page page = pages.get(number - 1);
        int turn = turns.getOrDefault(page.id(), 0);
        try {
            if (pdf != null) {
                return pdf.page(number, turn);
            }
            if (cleaned.getOrDefault(page.id(), false)) {
                Optional<CleanedImage> image = pageImages.cleanedInUse(page.id());
                if (image.isPresent()) {
                    return ImageSource.cleaned(target, image.get(), turn);
                }
            }
            if (document.mediaType() == MediaType.JPEG) {
                try (InputStream in = originals.open(document.id())) {
                    return ImageSource.jpeg(target, in, page, turn);
                }
            }
            if (scratch == null) {
                scratch = originals.copyToScratch(document.id(), ".img");
            }
            return ImageSource.frame(target, scratch, page, turn);
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    List<Word> words(int number) {
        return ocrWords.getOrDefault(pages.get(number - 1).id(), List.of());
    }

    /** Lets go of what only placing pages needed (OCR words, a TIFF's scratch copy); a PDF stays open until save. */
    void pagesWritten() {
        ocrWords.clear();
        deleteScratch();
    }

    private void openPdf(RandomAccessRead bytes, String password) {
        try {
            source = Loader.loadPDF(bytes, password, null, null, IOUtils.createTempFileOnlyStreamCache());
            pdf = new PdfSource(source, target);
            if (pdf.pageCount() < pages.size()) {
                throw new PlacementFailure(UserMessage.of("binder.stopped.pagesMissing", document.id(),
                        document.fileName(), pages.size(), pdf.pageCount()), null);
            }
        } catch (InvalidPasswordException e) {
            close();
            throw new PlacementFailure(UserMessage.of("binder.stopped.password", document.id(), document.fileName()), e);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof PlacementFailure failure ? failure : damaged(e);
        }
    }

    private PlacementFailure damaged(Exception e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new PlacementFailure(UserMessage.of("binder.stopped.damaged", document.id(), document.fileName(), detail), e);
    }

    @Override
    public void close() {
        try {
            if (source != null) {
                source.close();
            }
        } catch (IOException ignored) {
            // Only a scratch copy was open; nothing of the user's is lost.
        } finally {
            source = null;
            deleteScratch();
        }
    }

    private void deleteScratch() {
        if (scratch != null) {
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException ignored) {
                // A leftover copy sits in the vault's own scratch folder; the binder does not depend on it.
            }
            scratch = null;
        }
    }
}
