package org.hardshipbinder.ui.cases;

import java.util.List;
import org.hardshipbinder.model.Case;

/** The cases of the vault as the start screen needs them. Called off the UI thread. */
public interface CaseDirectory {

    List<Case> list();

    /** Creates the case with its applicant and people in one transaction. */
    Case create(NewCase form);

    /** Builds the fictional sample case (or returns it when it already exists). */
    Case openSample() throws Exception;
}
