package org.hardshipbinder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.eval.CaseSet.Label;
import org.hardshipbinder.eval.CaseSet.PageRef;

/** What the app ended with for one case: its documents, findings and people, and how they map onto the labels. */
record CaseRun(String kase, List<Label> labels, List<AppDocument> documents, List<AppFinding> findings,
               Map<Long, String> personNames, Map<String, Set<String>> sameBytes) {

    record AppFinding(String code, Set<Long> documents, String message) {
        static List<AppFinding> from(JsonNode checkJson) {
            List<AppFinding> findings = new ArrayList<>();
            for (JsonNode f : checkJson.path("findings")) {
                Set<Long> docs = new LinkedHashSet<>();
                f.path("documents").forEach(d -> docs.add(d.asLong()));
                findings.add(new AppFinding(f.path("code").asText(), docs, f.path("message").asText()));
            }
            return findings;
        }
    }

    /**
     * The app document sharing most pages with the label (the one whose metadata is scored). The app keeps one copy
     * of byte-identical files (the other is refused, and reported as a duplicate): a label whose file was refused is
     * scored on the document holding the same bytes.
     */
    Optional<AppDocument> best(Label label) {
        Optional<AppDocument> own = best(label.pages());
        if (own.isPresent()) {
            return own;
        }
        for (PageRef page : label.pages()) {
            for (String twin : sameBytes.getOrDefault(page.file(), Set.of())) {
                Optional<AppDocument> kept = best(label.pages().stream().map(p -> new PageRef(twin, p.page()))
                        .collect(java.util.stream.Collectors.toSet()));
                if (kept.isPresent()) {
                    return kept;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<AppDocument> best(Set<PageRef> pages) {
        return documents.stream().filter(d -> d.overlap(pages) > 0)
                .max(Comparator.comparingInt((AppDocument d) -> d.overlap(pages)).thenComparing(d -> -d.id()));
    }

    /** Every app document holding a page of the label's file (src/NN… name). */
    Set<Long> documentsOf(String labelFile) {
        Set<Long> ids = new LinkedHashSet<>();
        labels.stream().filter(l -> l.file().equals(labelFile)).findFirst().ifPresent(l ->
                documents.stream().filter(d -> d.overlap(l.pages()) > 0).forEach(d -> ids.add(d.id())));
        return ids;
    }

    Optional<Label> label(String file) {
        return labels.stream().filter(l -> l.file().equals(file)).findFirst();
    }

    boolean exactlyOneDocument(Label label) {
        return documents.stream().anyMatch(d -> d.pages().equals(label.pages()));
    }
}
