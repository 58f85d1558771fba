package org.hardshipbinder.ocr;

import java.util.List;

/** Which pending pages a run reads: all, one case's, or those of given documents; and with how many workers. */
public record OcrRequest(Long caseId, List<Long> documentIds, int workers) {

    public OcrRequest {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
    }

    public static OcrRequest all(int workers) {
        return new OcrRequest(null, List.of(), workers);
    }

    public static OcrRequest forCase(long caseId, int workers) {
        return new OcrRequest(caseId, List.of(), workers);
    }

    public static OcrRequest forDocuments(List<Long> documentIds, int workers) {
        return new OcrRequest(null, documentIds, workers);
    }
}
