package org.hardshipbinder.ui.checks;

import java.util.List;

/**
 * One finding as the checks screen shows it: severity ("error", "warning", "info"), the stable code, the sentence and
 * the suggested fix already in the interface language, the documents it points at, the first page to go to, the
 * person concerned, and the exact text when one place explains it.
 */
public record FindingRow(String severity, String code, String message, String fix, List<Long> documents,
                         Long documentId, int page, Long personId, String spanText) {

    public FindingRow {
        documents = List.copyOf(documents);
    }

    public int severityRank() {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
