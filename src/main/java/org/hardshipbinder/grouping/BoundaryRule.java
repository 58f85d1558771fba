package org.hardshipbinder.grouping;

import java.util.Optional;

/** One small reason for or against a boundary between papers; each rule looks at a single kind of sign. */
public interface BoundaryRule {

    Optional<Evidence> judge(Boundary boundary);
}
