package org.hardshipbinder.search;

/**
 * One matching page, best first. The snippet marks matched words with {@link SearchService#MARK_START} and
 * {@link SearchService#MARK_END}; score is bm25 (lower is better).
 */
public record SearchHit(long documentId, long caseId, String fileName, long pageId, int pageNumber, String snippet,
                        double score) {
}
