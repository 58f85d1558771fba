package org.hardshipbinder.ocr;

import java.util.List;

/**
 * Which pending pages a run reads: all, one case's, or those of given documents; with how many workers; and in
 * which languages (ISO 639-1 codes or Tesseract model names, the usual one first; empty means every installed model).
 */
public record OcrRequest(Long caseId, List<Long> documentIds, int workers, List<String> languages) {

    public OcrRequest {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker");
        }
    }

    public static OcrRequest all(int workers) {
        return new OcrRequest(null, List.of(), workers, List.of());
    }

    public static OcrRequest forCase(long caseId, int workers) {
        return new OcrRequest(caseId, List.of(), workers, List.of());
    }

    public static OcrRequest forDocuments(List<Long> documentIds, int workers) {
        return new OcrRequest(null, documentIds, workers, List.of());
    }

    /** The same pages, read only with the models of these languages, the first one first. */
    public OcrRequest inLanguages(List<String> codes) {
        return new OcrRequest(caseId, documentIds, workers, codes);
    }
}
