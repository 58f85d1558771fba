package org.hardshipbinder.vault;

import java.util.Arrays;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;

/**
 * Ids that other parts write inside text, translated to a case's new ids on import: a finding's subject
 * ({@code d:3,7|p:2}, ids in ascending order) and a grouping decision's key ({@code merge:3,7} or
 * {@code split:3:1-2,3-4:drop5}).
 */
final class IdsInText {

    private IdsInText() {
    }

    static String subject(String subject, LongUnaryOperator documents, LongUnaryOperator people) {
        String[] parts = subject.split("\\|", -1);
        if (parts.length != 2 || !parts[0].startsWith("d:") || !parts[1].startsWith("p:")) {
            return subject;
        }
        return "d:" + sortedIds(parts[0].substring(2), documents) + "|p:" + sortedIds(parts[1].substring(2), people);
    }

    static String groupingKey(String key, LongUnaryOperator documents) {
        if (key.startsWith("merge:")) {
            return "merge:" + Arrays.stream(key.substring(6).split(",")).map(String::strip)
                    .map(id -> String.valueOf(documents.applyAsLong(Long.parseLong(id)))).collect(Collectors.joining(","));
        }
        if (key.startsWith("split:")) {
            int end = key.indexOf(':', 6);
            String id = end < 0 ? key.substring(6) : key.substring(6, end);
            return "split:" + documents.applyAsLong(Long.parseLong(id)) + (end < 0 ? "" : key.substring(end));
        }
        return key;
    }

    private static String sortedIds(String list, LongUnaryOperator map) {
        if (list.isEmpty()) {
            return list;
        }
        return Arrays.stream(list.split(",")).mapToLong(id -> map.applyAsLong(Long.parseLong(id))).sorted()
                .mapToObj(String::valueOf).collect(Collectors.joining(","));
    }
}
