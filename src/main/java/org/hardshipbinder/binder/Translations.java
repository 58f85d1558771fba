package org.hardshipbinder.binder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hardshipbinder.model.Document;

/**
 * Which documents are translations travelling inside their original's exhibit. A translation of a translation
 * follows the chain to the original; a translation whose original is not in the case stands on its own.
 */
record Translations(Map<Long, List<Long>> byOriginal, Set<Long> translationIds) {

    static Translations of(List<Document> documents) {
        Map<Long, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        Map<Long, List<Long>> byOriginal = new LinkedHashMap<>();
        Set<Long> translations = new HashSet<>();
        for (Document d : documents) {
            Long root = root(d, byId);
            if (root != null) {
                byOriginal.computeIfAbsent(root, k -> new ArrayList<>()).add(d.id());
                translations.add(d.id());
            }
        }
        return new Translations(byOriginal, translations);
    }

    List<Long> of(long originalId) {
        return byOriginal.getOrDefault(originalId, List.of());
    }

    private static Long root(Document d, Map<Long, Document> byId) {
        Set<Long> seen = new HashSet<>();
        seen.add(d.id());
        Long current = d.metadata().translationOf();
        Long root = null;
        while (current != null && byId.containsKey(current) && seen.add(current)) {
            root = current;
            current = byId.get(current).metadata().translationOf();
        }
        boolean cycle = current != null && seen.contains(current);
        return cycle ? null : root;
    }
}
