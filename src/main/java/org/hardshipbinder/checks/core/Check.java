package org.hardshipbinder.checks.core;

import java.util.List;
import org.hardshipbinder.model.Finding;

/** One thing an officer would notice, looked for across a case's evidence. Each check is small and does one job. */
public interface Check {

    List<Finding> run(CaseEvidence evidence);
}
