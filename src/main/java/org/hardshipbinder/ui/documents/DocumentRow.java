package org.hardshipbinder.ui.documents;

import java.util.List;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Tag;

/**
 * One line of the documents screen: the document, its factor tags, whether it still needs an English translation,
 * and how many check findings point at it.
 */
public record DocumentRow(Document document, List<Tag> tags, boolean needsTranslation, int findings) {

    public DocumentRow {
        tags = List.copyOf(tags);
    }

    public long id() {
        return document.id();
    }
}
