package org.hardshipbinder.binder;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import java.util.Optional;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.MediaType;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.TextOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.vault.ChunkCache;
import org.hardshipbinder.vault.OriginalImageInput;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageTextRepository;
import org.hardshipbinder.vault.ScratchSpace;
import org.hardshipbinder.vault.VaultOriginalRead;

/**
 * Hands out one document's pages as {@link PageContent}, with the OCR words of scanned pages. Each page is placed
 * from the page of the original it points at; a document's pages may come from several originals, each opened once.
 * A PDF is read in place from the vault's chunks and its pages reference its objects, so it must stay open until the
 * binder is saved; a TIFF's frames are decoded from the same chunks. Nothing of an original is copied to disk. A
 * PDF's own buffers spill to the vault's scratch space (sealed when the vault is encrypted). A damaged or locked
 * original becomes a {@link PlacementFailure} that names the document.
 */
final class PartPages implements AutoCloseable {

    private final Document document;
    private final List<Page> pages;
    private final PDDocument target;
    private final OriginalStore originals;
    private final ChunkCache chunks;
    private final OriginalRepository originalFiles;
    private final Map<Long, List<Word>> ocrWords = new HashMap<>();
    private final Map<Long, Original> described = new HashMap<>();
    private final Map<Long, PdfSource> pdfs = new HashMap<>();
    private final Map<Long, PDDocument> sources = new HashMap<>();
    private final Map<Long, Integer> turns;
    private final Map<Long, Boolean> cleaned;
    private final PageImageRepository pageImages;
    private final ScratchSpace scratch;

    PartPages(ExhibitPart.DocumentPart part, PDDocument target, OriginalStore originals, ChunkCache chunks,
              OriginalRepository originalFiles, PageTextRepository texts, PageImageRepository pageImages,
              ScratchSpace scratch) {
        this.scratch = scratch;
        this.document = part.document();
        this.pageImages = pageImages;
        this.turns = pageImages.detectedRotations(document.id());
        this.cleaned = pageImages.cleanedPages(document.id());
        this.pages = part.pages();
        this.target = target;
        this.originals = originals;
        this.chunks = chunks;
        this.originalFiles = originalFiles;
        for (PageText text : texts.forDocument(document.id())) {
            if (text.origin() == TextOrigin.OCR) {
                ocrWords.put(text.pageId(), text.words());
            }
        }
        for (Page page : pages) {
            Original original = original(page);
            if (original.mediaType() == MediaType.PDF) {
                pdf(original);
            }
        }
    }

    /** The content of page {@code number} (1-based) of the document. */
    PageContent content(int number) {
        Page page = pages.get(number - 1);
        Original original = original(page);
        // The user's own turn wins over the one text recognition found upright.
        int turn = page.turn() != null ? page.turn() : turns.getOrDefault(page.id(), 0);
        try {
            if (original.mediaType() == MediaType.PDF) {
                return pdf(original).page(page.originalPage(), turn);
            }
            if (cleaned.getOrDefault(page.id(), false)) {
                Optional<CleanedImage> image = pageImages.cleanedInUse(page.id());
                if (image.isPresent()) {
                    return ImageSource.cleaned(target, image.get(), turn);
                }
            }
            if (original.mediaType() == MediaType.JPEG) {
                try (InputStream in = originals.open(original.id())) {
                    return ImageSource.jpeg(target, in, page, turn);
                }
            }
            return ImageSource.frame(target, new OriginalImageInput(chunks, original.id(), original.sizeBytes()), page, turn);
        } catch (IOException | RuntimeException e) {
            throw e instanceof PlacementFailure failure ? failure : damaged(original, e);
        }
    }

    List<Word> words(int number) {
        return ocrWords.getOrDefault(pages.get(number - 1).id(), List.of());
    }

    /** Lets go of what only placing pages needed (OCR words); PDFs stay open until save. */
    void pagesWritten() {
        ocrWords.clear();
    }

    private Original original(Page page) {
        return described.computeIfAbsent(page.originalId(), id -> originalFiles.find(id).orElseThrow(() ->
                new PlacementFailure(UserMessage.of("binder.stopped.damaged", document.id(), document.fileName(),
                        "original " + id + " is missing"), null)));
    }

    private PdfSource pdf(Original original) {
        PdfSource open = pdfs.get(original.id());
        if (open != null) {
            return open;
        }
        int needed = pages.stream().filter(p -> p.originalId() == original.id()).mapToInt(Page::originalPage).max().orElse(0);
        try {
            PDDocument source = Loader.loadPDF(new VaultOriginalRead(chunks, original.id(), original.sizeBytes()),
                    originalFiles.openPassword(original.id()).orElse(""), null, null,
                    scratch.pdfCache(0));
            sources.put(original.id(), source);
            PdfSource pdf = new PdfSource(source, target);
            if (pdf.pageCount() < needed) {
                throw new PlacementFailure(UserMessage.of("binder.stopped.pagesMissing", document.id(),
                        original.fileName(), needed, pdf.pageCount()), null);
            }
            pdfs.put(original.id(), pdf);
            return pdf;
        } catch (InvalidPasswordException e) {
            close();
            throw new PlacementFailure(UserMessage.of("binder.stopped.password", document.id(), original.fileName()), e);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof PlacementFailure failure ? failure : damaged(original, e);
        }
    }

    private PlacementFailure damaged(Original original, Exception e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return new PlacementFailure(UserMessage.of("binder.stopped.damaged", document.id(), original.fileName(), detail), e);
    }

    @Override
    public void close() {
        for (PDDocument source : sources.values()) {
            try {
                source.close();
            } catch (IOException ignored) {
                // Only a view on the vault was open; nothing of the user's is lost.
            }
        }
        sources.clear();
        pdfs.clear();
    }
}
