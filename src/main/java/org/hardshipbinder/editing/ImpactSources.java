package org.hardshipbinder.editing;

import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Finding;

/** Where a deletion's effects are looked up: the binder plan's exhibit labels and the case's current findings. */
public interface ImpactSources {

    /** The exhibit label (e.g. "C") the document has in the binder plan, when it is included. */
    Optional<String> exhibitLabel(long caseId, long documentId);

    /** The open findings that name the document. */
    List<Finding> findingsAbout(long caseId, long documentId);
}
