package org.hardshipbinder.imaging;

import java.util.Optional;
import org.hardshipbinder.model.CleanedImage;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageStatus;
import org.hardshipbinder.vault.AuditLog;
import org.hardshipbinder.vault.DocumentRepository;
import org.hardshipbinder.vault.PageImageRepository;
import org.hardshipbinder.vault.PageRepository;
import org.hardshipbinder.vault.Vault;

/**
 * The user's choice, per page, between a photographed page's cleaned image and the photo as taken. The choice
 * decides what the viewer, the thumbnails and the binder show; the page's text is read again from the image chosen
 * (its word boxes belong to one image), so the page goes back into the text recognition queue.
 */
public final class CleanedPhotos {

    private final Vault vault;
    private final PageImageRepository images;
    private final PageRepository pages;
    private final DocumentRepository documents;
    private final AuditLog audit;

    public CleanedPhotos(Vault vault, PageImageRepository images, PageRepository pages, DocumentRepository documents,
                         AuditLog audit) {
        this.vault = vault;
        this.images = images;
        this.pages = pages;
        this.documents = documents;
        this.audit = audit;
    }

    /** Whether the page's cleaned image is used; empty when the page has none (not a photo, or not read yet). */
    public Optional<Boolean> inUse(long pageId) {
        return images.cleaned(pageId).map(CleanedImage::inUse);
    }

    /**
     * Uses the cleaned image ({@code cleaned} true) or the original for the page, in one transaction with its
     * return to the recognition queue. False when the page has no cleaned image or already uses what was asked.
     */
    public boolean use(Page page, boolean cleaned) {
        if (inUse(page.id()).filter(now -> now != cleaned).isEmpty()) {
            return false;
        }
        vault.write(c -> {
            images.setCleanedInUse(page.id(), cleaned);
            pages.setStatus(page.id(), PageStatus.QUEUED, null);
            documents.moveTo(page.documentId(), DocumentStatus.OCR_QUEUED, null);
            audit.record(cleaned ? "page.cleaned_image" : "page.original_image", "page", page.id(), null);
            return null;
        });
        return true;
    }
}
