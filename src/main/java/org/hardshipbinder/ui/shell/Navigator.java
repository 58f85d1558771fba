package org.hardshipbinder.ui.shell;

import java.util.Optional;
import org.hardshipbinder.model.Case;

/** How screens move the user around: open a case, switch screen, open a document at a page. */
public interface Navigator {

    void openCase(Case openCase);

    void show(Screen screen);

    /** Opens one document at a page (1-based), with the words of {@code highlight} marked on the page image. */
    void openDocument(long documentId, int page, String highlight);

    Optional<Case> currentCase();
}
