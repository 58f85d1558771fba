package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.search.SearchHit;
import org.hardshipbinder.search.SearchQuery;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID")
    Long caseId;
    @Option(names = "--language", paramLabel = "ISO")
    String language;
    @Option(names = "--status", paramLabel = "STATUS")
    DocumentStatus status;
    @Option(names = "--factor", paramLabel = "CODE")
    String factor;
    @Option(names = "--type", paramLabel = "TYPE")
    String type;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
    int limit;
    @Option(names = "--json")
    boolean json;
    @Parameters(arity = "1..*", paramLabel = "QUERY", descriptionKey = "query")
    List<String> words;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        SearchQuery query = SearchQuery.of(text).inCase(caseId).inLanguage(language).withStatus(status)
                .taggedWith(factor).ofType(type).limitedTo(limit);
        List<SearchHit> hits = context.services(AccessMode.READ_ONLY).search().search(query);
        if (json) {
            context.printJson(Map.of("hits", hits.stream().map(SearchCommand::row).toList()));
        } else if (hits.isEmpty()) {
            context.err().println(context.messages().get(text.isBlank() ? "search.empty" : "search.noHits", text));
        } else {
            for (SearchHit h : hits) {
                context.out().println(h.documentId() + "\t" + h.pageNumber() + "\t" + h.fileName() + "\t"
                        + h.snippet().replaceAll("\\s+", " "));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(SearchHit h) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("document", h.documentId());
        row.put("page", h.pageNumber());
        row.put("case", h.caseId());
        row.put("file", h.fileName());
        row.put("snippet", h.snippet());
        row.put("score", h.score());
        return row;
    }
}
