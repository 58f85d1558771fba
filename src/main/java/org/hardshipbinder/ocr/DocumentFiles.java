package org.hardshipbinder.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.OriginalStore;

/**
 * The one document a worker has open: its original copied to the vault's scratch folder and opened once, reused for
 * consecutive pages of the same document, and deleted as soon as the worker moves on.
 */
final class DocumentFiles implements AutoCloseable {

    private final OriginalStore originals;
    private final DocumentRepository documents;
    private final PagePhotos photos;
    private long openId = -1;
    private Path scratch;
    private PdfPages pdf;
    private ImagePages images;

    DocumentFiles(OriginalStore originals, DocumentRepository documents, PagePhotos photos) {
        this.originals = originals;
        this.documents = documents;
        this.photos = photos;
    }

    PageInput read(PendingPage pending) throws IOException {
        long id = pending.page().documentId();
        if (id != openId) {
            close();
            scratch = originals.copyToScratch(id, pending.mediaType().isImage() ? ".img" : ".pdf");
            openId = id;
            if (pending.mediaType().isImage()) {
                images = new ImagePages(scratch, photos);
            } else {
                pdf = new PdfPages(scratch, documents.openPassword(id).orElse(null));
            }
        }
        return images != null ? images.read(pending.page()) : pdf.read(pending.page().number());
    }

    @Override
    public void close() throws IOException {
        try {
            if (pdf != null) {
                pdf.close();
            }
            if (images != null) {
                images.close();
            }
        } finally {
            pdf = null;
            images = null;
            openId = -1;
            if (scratch != null) {
                Files.deleteIfExists(scratch);
                scratch = null;
            }
        }
    }
}
