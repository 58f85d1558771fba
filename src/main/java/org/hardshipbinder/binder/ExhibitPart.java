package org.hardshipbinder.binder;

import java.util.List;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;

/** What an exhibit is made of, in order: the original document, its translations, or a written statement. */
sealed interface ExhibitPart {

    int pageCount();

    record DocumentPart(Document document, List<Page> pages) implements ExhibitPart {
        @Override
        public int pageCount() {
            return pages.size();
        }
    }

    /** A statement that a record is unavailable, printed as one page (the text shrinks to fit). */
    record StatementPart(String title, String text) implements ExhibitPart {
        @Override
        public int pageCount() {
            return 1;
        }
    }
}
