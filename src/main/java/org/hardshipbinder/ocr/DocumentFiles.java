package org.hardshipbinder.ocr;

import java.io.IOException;
import java.io.InputStream;
import org.hardshipbinder.imaging.PhotoSignals;
import org.hardshipbinder.model.Original;
import org.hardshipbinder.vault.ChunkCache;
import org.hardshipbinder.vault.OriginalImageInput;
import org.hardshipbinder.vault.OriginalRepository;
import org.hardshipbinder.vault.OriginalStore;
import org.hardshipbinder.vault.ScratchSpace;
import org.hardshipbinder.vault.VaultOriginalRead;

/**
 * The one original a worker has open: read in place from its chunks in the vault (never copied to disk), opened
 * once, reused for consecutive pages from the same original, and closed as soon as the worker moves on.
 */
final class DocumentFiles implements AutoCloseable {

    private final OriginalStore originals;
    private final OriginalRepository originalFiles;
    private final PagePhotos photos;
    private final ScratchSpace scratch;
    private long openId = -1;
    private PdfPages pdf;
    private ImagePages images;

    DocumentFiles(OriginalStore originals, OriginalRepository originalFiles, PagePhotos photos, ScratchSpace scratch) {
        this.originals = originals;
        this.originalFiles = originalFiles;
        this.photos = photos;
        this.scratch = scratch;
    }

    PageInput read(PendingPage pending) throws IOException {
        long id = pending.page().originalId();
        if (id != openId) {
            close();
            Original original = originalFiles.find(id)
                    .orElseThrow(() -> new IOException("original " + id + " is missing from the vault"));
            ChunkCache chunks = new ChunkCache(originals);
            openId = id;
            if (pending.mediaType().isImage()) {
                PhotoSignals signals;
                try (InputStream in = originals.open(id)) {
                    signals = PhotoSignals.of(in);
                }
                images = new ImagePages(new OriginalImageInput(chunks, id, original.sizeBytes()), signals, photos);
            } else {
                pdf = new PdfPages(new VaultOriginalRead(chunks, id, original.sizeBytes()),
                        originalFiles.openPassword(id).orElse(""), scratch.pdfCache(0));
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
        }
    }
}
