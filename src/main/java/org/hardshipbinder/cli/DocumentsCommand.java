package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = {"List a case's documents: id, file, pages, status, language, type, date, source, translation_of.",
                "With --json each document also lists its pages and where each comes from (original file, page in it, turn)."})
final class DocumentsCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--json")
    boolean json;

    DocumentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Services services = context.services(AccessMode.READ_ONLY);
        List<Document> documents = services.documents().listForCase(caseId);
        if (json) {
            context.printJson(Map.of("documents", documents.stream().map(d -> withTags(row(d), services, d)).toList()));
        } else {
            context.out().println("id\tfile\tpages\tstatus\tlanguage\ttype\tdate\tsource\ttranslation_of");
            for (Document d : documents) {
                Map<String, Object> row = row(d);
                context.out().println(String.join("\t", List.of("id", "file", "pages", "status", "language", "type", "date",
                        "source", "translation_of").stream().map(k -> row.get(k) == null ? "" : String.valueOf(row.get(k))).toList()));
            }
        }
        return ExitCodes.OK;
    }

    /** The document's factor tags and the people it concerns. */
    private static Map<String, Object> withTags(Map<String, Object> row, Services services, Document d) {
        row.put("tags", services.tags().forDocument(d.id()).stream().map(t -> {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("id", t.id());
            tag.put("factor", t.factor());
            tag.put("person", t.personId());
            tag.put("scenario", t.scenario().code());
            tag.put("origin", t.origin().name().toLowerCase(java.util.Locale.ROOT));
            return tag;
        }).toList());
        row.put("people", services.factors().documentFacts().people(d.id()));
        row.put("page_sources", pageSources(services, d));
        return row;
    }

    /** Each page in order with where it comes from: the original file, the page number in it, and its turns. */
    private static List<Map<String, Object>> pageSources(Services services, Document d) {
        Map<Long, String> files = new java.util.HashMap<>();
        return services.pages().listForDocument(d.id()).stream().map(p -> {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("page", p.number());
            page.put("id", p.id());
            page.put("original", p.originalId());
            page.put("file", files.computeIfAbsent(p.originalId(),
                    id -> services.originalFiles().find(id).map(o -> o.fileName()).orElse(null)));
            page.put("original_page", p.originalPage());
            page.put("turn", p.userTurn());
            page.put("rotation", p.uprightRotation());
            return page;
        }).toList();
    }

    static Map<String, Object> row(Document d) {
        Document.DocumentMetadata m = d.metadata();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("file", d.fileName());
        row.put("media_type", d.mediaType().mime());
        row.put("pages", d.pageCount());
        row.put("size_bytes", d.sizeBytes());
        row.put("sha256", d.sha256());
        row.put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
        row.put("status_reason", d.statusReason());
        row.put("title", m.title());
        row.put("language", m.language());
        row.put("type", m.evidenceType());
        row.put("date", m.date() == null ? null : m.date().toString());
        row.put("date_approximate", m.dateApproximate());
        row.put("source", m.source() == null ? null : m.source().code());
        row.put("author", m.author());
        row.put("translation_of", m.translationOf());
        return row;
    }
}
