package org.hardshipbinder.checks.facts;

import java.util.Arrays;
import java.util.List;
import org.hardshipbinder.text.TextFold;

/** A case person's name split into words (particles such as "de" left out), each raw and folded. */
record PersonName(long personId, List<String> raw, List<String> folded) {

    static PersonName of(long personId, String name) {
        List<String> words = Arrays.stream(name.strip().split("[\\s,]+"))
                .filter(w -> !w.isBlank())
                .filter(w -> !TextToken.tokenize(w.toLowerCase(java.util.Locale.ROOT)).stream().allMatch(TextToken::particle))
                .map(w -> w.endsWith(".") ? w.substring(0, w.length() - 1) : w)
                .toList();
        return new PersonName(personId, words, words.stream().map(TextFold::fold).toList());
    }

    String firstFolded() {
        return folded.get(0);
    }

    int size() {
        return folded.size();
    }
}
