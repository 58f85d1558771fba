package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.factors.Suggestion;
import org.hardshipbinder.factors.SuggestionService;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "suggest", mixinStandardHelpOptions = true)
final class SuggestCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--apply")
    boolean apply;
    @Option(names = "--accept", paramLabel = "KEY")
    List<String> accept = List.of();
    @Option(names = "--reject", paramLabel = "KEY")
    List<String> reject = List.of();
    @Option(names = "--json")
    boolean json;

    SuggestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean writes = apply || !accept.isEmpty() || !reject.isEmpty();
        var services = context.services(writes ? AccessMode.READ_WRITE : AccessMode.READ_ONLY);
        if (services.cases().find(caseId).isEmpty()) {
            throw new IllegalArgumentException(context.text(UserMessage.of("factors.noCase", String.valueOf(caseId))));
        }
        SuggestionService suggestions = services.factors().suggestions();
        int code = answer(suggestions, accept, true) | answer(suggestions, reject, false);
        List<Suggestion> shown = apply ? suggestions.acceptAll(caseId) : suggestions.pending(caseId);
        if (json) {
            context.printJson(Map.of(apply ? "accepted" : "suggestions", shown.stream().map(this::row).toList()));
        } else if (shown.isEmpty()) {
            context.out().println(context.messages().get("factors.suggest.none"));
        } else {
            shown.forEach(s -> context.out().println(line(s)));
            if (apply) {
                context.out().println(context.text(UserMessage.of("factors.suggest.accepted", shown.size())));
            }
        }
        return code;
    }

    private int answer(SuggestionService suggestions, List<String> keys, boolean accepted) {
        int code = ExitCodes.OK;
        for (String key : keys) {
            var found = suggestions.find(caseId, key.strip());
            if (found.isEmpty()) {
                context.err().println(context.error(context.text(UserMessage.of("factors.suggest.unknownKey", key))));
                code = ExitCodes.USAGE;
            } else if (accepted) {
                suggestions.accept(found.get());
            } else {
                suggestions.reject(found.get());
            }
        }
        return code;
    }

    private String line(Suggestion s) {
        return String.format(java.util.Locale.ROOT, "%s\tdocument %d\t%s\t%s%s\t%.2f\t%s", s.key(), s.documentId(),
                context.messages().get("factors.kind." + s.kind().code()), s.value(),
                s.scenario() == null ? "" : " (" + s.scenario().code() + ")", s.confidence(), context.text(s.explanation()));
    }

    private Map<String, Object> row(Suggestion s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("document", s.documentId());
        m.put("kind", s.kind().code());
        m.put("value", s.value());
        m.put("person", s.personId());
        m.put("scenario", s.scenario() == null ? null : s.scenario().code());
        m.put("confidence", Math.round(s.confidence() * 100) / 100.0);
        m.put("explanation", context.text(s.explanation()));
        return m;
    }
}
