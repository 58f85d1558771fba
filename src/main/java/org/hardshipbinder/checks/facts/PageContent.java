package org.hardshipbinder.checks.facts;

import java.util.Set;

/**
 * The text of one page as the checks read it: its number, text, language, mean OCR confidence (null for a text
 * layer) and the words OCR read with low confidence (never judged as typos). A page read without a model for its
 * script ({@code numbersOnly}) keeps only the numbers and dates read on it: its mean confidence counts the noise its
 * words made, not how well those numbers were read.
 */
public record PageContent(int number, String text, String language, Double confidence, Set<String> unclearWords,
                          boolean numbersOnly) {

    public PageContent {
        text = text == null ? "" : text;
        unclearWords = Set.copyOf(unclearWords);
    }

    public PageContent(int number, String text, String language, Double confidence, Set<String> unclearWords) {
        this(number, text, language, confidence, unclearWords, false);
    }
}
