package org.hardshipbinder.checks.facts;

import java.util.Set;

/**
 * The text of one page as the checks read it: its number, text, language, mean OCR confidence (null for a text
 * layer) and the words OCR read with low confidence (never judged as typos).
 */
public record PageContent(int number, String text, String language, Double confidence, Set<String> unclearWords) {

    public PageContent {
        text = text == null ? "" : text;
        unclearWords = Set.copyOf(unclearWords);
    }
}
