package org.hardshipbinder.ui.document;

import java.awt.image.BufferedImage;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;

/** What the document screen reads and changes. Every method runs off the UI thread. */
public interface DocumentService {

    DocumentData load(long documentId);

    BufferedImage render(Document document, Page page, int widthPx) throws Exception;

    void saveMetadata(long documentId, Document.DocumentMetadata metadata);

    Tag addTag(long documentId, String factor, Long personId, Scenario scenario, boolean fromSuggestion);

    void removeTag(long tagId);

    /** Remembers that the user turned this suggestion down, so it is not proposed again. */
    void rejectSuggestion(long documentId, Suggestion suggestion);
}
