package org.hardshipbinder.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.model.Person;

/** The documents of a case as the documents screen needs them. Every method runs off the UI thread. */
public interface DocumentLibrary {

    List<DocumentRow> rows(long caseId);

    /** A document's row as soon as it is imported, before checks and tags have looked at it. */
    Optional<DocumentRow> newRow(long documentId);

    List<Person> people(long caseId);

    /** Imports files and folders; the listener hears after each file and may stop the batch by throwing. */
    List<ImportOutcome> importAll(long caseId, List<Path> paths, ImportService.Listener listener);
}
