package org.hardshipbinder.checks.facts;

import java.util.List;
import org.hardshipbinder.text.DateMention;

/** The sentence around a place in a text, and the date it gives, for facts that hold on a date (an age). */
final class Sentences {

    private Sentences() {
    }

    /**
     * The date written in the same sentence as {@code start}..{@code end}, nearest first, within {@code reach}
     * characters; null when there is none.
     */
    static DateMention dateNear(String text, List<DateMention> dates, int start, int end, int reach) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            boolean sameLine = text.substring(Math.min(d.start(), start), Math.max(d.end(), end)).indexOf('\n') < 0;
            if (d.start() >= from && d.end() <= to && (sameLine || reach == Integer.MAX_VALUE)) {
                int distance = d.start() >= end ? d.start() - end : start - d.end();
                if (distance < bestDistance && distance <= reach) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A full stop (not of an abbreviation such as "Dr." or an initial) followed by a space. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, i);
        return word.length() >= 3 || !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (endsSentence(text, i)) {
                return i + 1;
            }
            if (c == '\n' && text.charAt(i - 1) == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (endsSentence(text, i)) {
                return i + 1;
            }
            if (c == '\n' && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
