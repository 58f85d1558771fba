package org.hardshipbinder.ui.document;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;

/** What the document screen reads and changes. Every method runs off the UI thread. */
public interface DocumentService {

    DocumentData load(long documentId);

    BufferedImage render(Document document, Page page, int widthPx) throws Exception;

    void saveMetadata(long documentId, Document.DocumentMetadata metadata);

    /** Tags the document; a refusal (e.g. the person is not a qualifying relative) comes back as the reason. */
    TagOutcome addTag(long documentId, String factor, Long personId, Scenario scenario);

    /** A new tag, or why none was made. */
    record TagOutcome(Tag tag, UserMessage refusal) {
    }

    /** Applies the suggestion (tag, type, date, person, circumstance) and remembers the answer. */
    void acceptSuggestion(Suggestion suggestion);

    void removeTag(long tagId);

    /** Remembers that the user turned this suggestion down, so it is not proposed again. */
    void rejectSuggestion(Suggestion suggestion);

    /** Whether a photographed page shows its cleaned image; empty when it has none. */
    default Optional<Boolean> cleanedImageInUse(Page page) {
        return Optional.empty();
    }

    /** Shows (and binds) the page's cleaned image, or the photo as taken; its text is read again from it. */
    default void useCleanedImage(Page page, boolean cleaned) {
    }
}
