package org.hardshipbinder.ui.document;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.model.Word;
import org.hardshipbinder.text.TextFold;

/**
 * Which recognized words of a page match a search, the way the search itself matches: case and accents ignored,
 * so "maria lopez" marks "María" and "López" on the page image.
 */
public final class HitFinder {

    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "near");

    private HitFinder() {
    }

    public static List<String> terms(String query) {
        if (query == null) {
            return List.of();
        }
        return Arrays.stream(TextFold.fold(query).split("[^\\p{L}\\p{N}]+"))
                .filter(t -> t.length() >= 2 && !OPERATORS.contains(t)).distinct().toList();
    }

    public static List<Word> hits(List<Word> words, String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        return words.stream().filter(w -> {
            String word = TextFold.fold(w.text()).replaceAll("[^\\p{L}\\p{N}]", "");
            return !word.isEmpty() && terms.stream().anyMatch(word::startsWith);
        }).toList();
    }
}
