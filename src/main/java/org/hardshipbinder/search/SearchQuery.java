package org.hardshipbinder.search;

import org.hardshipbinder.model.DocumentStatus;

/**
 * What the user looks for and where: the words as typed (phrases in double quotes, {@code word*} for a prefix) and
 * optional filters by case, page language, document status, hardship factor tag and evidence type.
 */
public record SearchQuery(String text, Long caseId, String language, DocumentStatus status, String factor,
                          String evidenceType, int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public SearchQuery inCase(Long id) {
        return new SearchQuery(text, id, language, status, factor, evidenceType, limit);
    }

    public SearchQuery inLanguage(String iso) {
        return new SearchQuery(text, caseId, iso, status, factor, evidenceType, limit);
    }

    public SearchQuery withStatus(DocumentStatus s) {
        return new SearchQuery(text, caseId, language, s, factor, evidenceType, limit);
    }

    public SearchQuery taggedWith(String factorCode) {
        return new SearchQuery(text, caseId, language, status, factorCode, evidenceType, limit);
    }

    public SearchQuery ofType(String type) {
        return new SearchQuery(text, caseId, language, status, factor, type, limit);
    }

    public SearchQuery limitedTo(int n) {
        return new SearchQuery(text, caseId, language, status, factor, evidenceType, n);
    }
}
