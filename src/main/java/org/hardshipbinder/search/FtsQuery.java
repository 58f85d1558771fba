package org.hardshipbinder.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user typed into an FTS5 match expression in which every word is a quoted string, so that quotes,
 * colons, hyphens or parentheses in the input can never be read as query syntax. Words in double quotes become a
 * phrase; a word ending in {@code *} is a prefix; all parts must match.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    /** The match expression, or empty when the input holds no searchable word. */
    static Optional<String> from(String input) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int close = input.indexOf('"', i + 1);
                int end = close < 0 ? input.length() : close;
                addPhrase(parts, input.substring(i + 1, end), false);
                i = end + 1;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
                    end++;
                }
                String word = input.substring(i, end);
                boolean prefix = word.endsWith("*");
                addPhrase(parts, prefix ? word.substring(0, word.length() - 1) : word, prefix);
                i = end;
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", parts));
    }

    private static void addPhrase(List<String> parts, String words, boolean prefix) {
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        parts.add('"' + words.replace("\"", "\"\"") + '"' + (prefix ? "*" : ""));
    }
}
