package org.hardshipbinder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.grouping.GroupingSuggestion;
import org.hardshipbinder.grouping.MergeSuggestion;
import org.hardshipbinder.grouping.SplitSuggestion;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.wiring.Services;

/** The merge and split suggestions of {@code suggest}: listed, answered by key, or all applied. */
final class GroupingSuggestions {

    private final CliContext context;
    private final Services services;
    private final long caseId;

    GroupingSuggestions(CliContext context, Services services, long caseId) {
        this.context = context;
        this.services = services;
        this.caseId = caseId;
    }

    static boolean isGroupingKey(String key) {
        return key.strip().startsWith("merge:") || key.strip().startsWith("split:");
    }

    /** Accepts or rejects the grouping keys among {@code keys}; an unknown one is reported and sets a usage error. */
    int answer(List<String> keys, boolean accepted) {
        int code = ExitCodes.OK;
        for (String key : keys.stream().filter(GroupingSuggestions::isGroupingKey).toList()) {
            var found = services.grouping().find(caseId, key.strip());
            if (found.isEmpty()) {
                context.err().println(context.error(context.text(UserMessage.of("factors.suggest.unknownKey", key))));
                code = ExitCodes.USAGE;
            } else if (accepted) {
                report(services.groupingEdits().accept(found.get()));
            } else {
                services.grouping().reject(caseId, found.get());
            }
        }
        return code;
    }

    /** Applies every pending suggestion; returns the suggestions that were pending. */
    List<GroupingSuggestion> applyAll() {
        List<GroupingSuggestion> pending = services.grouping().pending(caseId);
        report(services.groupingEdits().acceptAll(caseId));
        return pending;
    }

    List<GroupingSuggestion> pending() {
        return services.grouping().pending(caseId);
    }

    private void report(List<EditOutcome> outcomes) {
        outcomes.stream().filter(EditOutcome.Refused.class::isInstance).map(o -> ((EditOutcome.Refused) o).reason())
                .forEach(r -> context.err().println(context.text(UserMessage.of("grouping.suggest.refused", r))));
    }

    String line(GroupingSuggestion s) {
        return String.format(Locale.ROOT, "%s\t%s\t%.2f\t%s", s.key(), context.text(s.summary()), s.confidence(),
                s.reasons().stream().map(context::text).collect(Collectors.joining("; ")));
    }

    Map<String, Object> row(GroupingSuggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        if (s instanceof MergeSuggestion merge) {
            m.put("kind", "merge");
            m.put("documents", merge.documentIds());
        } else if (s instanceof SplitSuggestion split) {
            m.put("kind", "split");
            m.put("document", split.documentId());
            m.put("parts", split.parts());
            m.put("blank_pages", split.blankPages());
        }
        m.put("confidence", Math.round(s.confidence() * 100) / 100.0);
        m.put("summary", context.text(s.summary()));
        m.put("reasons", s.reasons().stream().map(context::text).toList());
        return m;
    }

    List<Map<String, Object>> rows(List<GroupingSuggestion> suggestions) {
        return new ArrayList<>(suggestions.stream().map(this::row).toList());
    }
}
