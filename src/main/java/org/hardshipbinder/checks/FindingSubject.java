package org.hardshipbinder.checks;

import java.util.stream.Collectors;
import org.hardshipbinder.model.Finding;

/** What a finding is about, as a stable key: its documents and people. A code and a subject name one finding. */
final class FindingSubject {

    private FindingSubject() {
    }

    static String of(Finding f) {
        return "d:" + f.documents().stream().sorted().map(String::valueOf).collect(Collectors.joining(","))
                + "|p:" + f.people().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
