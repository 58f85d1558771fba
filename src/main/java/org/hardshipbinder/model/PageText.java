package org.hardshipbinder.model;

import java.util.List;

/**
 * The text of one page. Language is an ISO 639-1 code, or "und" when unknown; confidence is the mean word
 * confidence 0..100 (null for a text layer).
 */
public record PageText(long pageId, String text, TextOrigin origin, String engine, String language, Double confidence,
                       List<Word> words) {

    public static final String UNKNOWN_LANGUAGE = "und";

    public PageText {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
