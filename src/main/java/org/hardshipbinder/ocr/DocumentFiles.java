package org.hardshipbinder.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;

/**
 * The one original a worker has open: copied to the vault's scratch folder and opened once, reused for consecutive
 * pages from the same original, and deleted as soon as the worker moves on.
 */
final class DocumentFiles implements AutoCloseable {

    private final OriginalStore originals;
    private final OriginalRepository passwords;
    private final PagePhotos photos;
    private long openId = -1;
    private Path scratch;
    private PdfPages pdf;
    private ImagePages images;

    DocumentFiles(OriginalStore originals, OriginalRepository passwords, PagePhotos photos) {
        this.originals = originals;
        this.passwords = passwords;
        this.photos = photos;
    }

    PageInput read(PendingPage pending) throws IOException {
        long id = pending.page().originalId();
        if (id != openId) {
            close();
            scratch = originals.copyToScratch(id, pending.mediaType().isImage() ? ".img" : ".pdf");
            openId = id;
            if (pending.mediaType().isImage()) {
                images = new ImagePages(scratch, photos);
            } else {
                pdf = new PdfPages(scratch, passwords.openPassword(id).orElse(null));
            }
        }
        return images != null ? images.read(pending.page()) : pdf.read(pending.page().originalPage(), pending.page().userTurn());
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
