package org.hardshipbinder.ui.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.intake.ImportService;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.wiring.Services;

/** The documents screen's data, straight from the vault; findings per document come from the checks when present. */
public final class VaultDocumentLibrary implements DocumentLibrary {

    private final Services services;
    private final LongFunction<Map<Long, Integer>> findingsPerDocument;

    /** {@code findingsPerDocument}: for a case, how many check findings point at each document. */
    public VaultDocumentLibrary(Services services, LongFunction<Map<Long, Integer>> findingsPerDocument) {
        this.services = services;
        this.findingsPerDocument = findingsPerDocument;
    }

    @Override
    public List<DocumentRow> rows(long caseId) {
        List<Document> documents = services.documents().listForCase(caseId);
        Map<Long, List<Tag>> tags = services.tags().forCase(caseId).stream().collect(Collectors.groupingBy(Tag::documentId));
        Map<Long, Integer> findings = findingsPerDocument.apply(caseId);
        Set<Long> translated = documents.stream().map(d -> d.metadata().translationOf()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return documents.stream().map(d -> new DocumentRow(d, tags.getOrDefault(d.id(), List.of()),
                needsTranslation(d, translated), findings.getOrDefault(d.id(), 0))).toList();
    }

    @Override
    public Optional<DocumentRow> newRow(long documentId) {
        return services.documents().find(documentId).map(d -> new DocumentRow(d, List.of(), needsTranslation(d, Set.of()), 0));
    }

    static boolean needsTranslation(Document d, Set<Long> translated) {
        String language = d.metadata().language();
        boolean foreign = language != null && !language.equals("en") && !language.equals("und");
        return foreign && d.metadata().translationOf() == null && !translated.contains(d.id());
    }

    @Override
    public List<Person> people(long caseId) {
        return services.people().listForCase(caseId);
    }

    @Override
    public List<ImportOutcome> importAll(long caseId, List<Path> paths, ImportService.Listener listener) {
        return services.importService().importAll(caseId, paths, ImportOptions.defaults(), listener);
    }
}
