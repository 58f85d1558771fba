package org.hardshipbinder.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.eval.CaseSet.PageRef;

/** One document of the app as {@code documents --json} lists it, with the original pages it is made of. */
record AppDocument(long id, JsonNode json, Set<PageRef> pages) {

    static List<AppDocument> from(JsonNode documentsJson) {
        List<AppDocument> documents = new ArrayList<>();
        for (JsonNode d : documentsJson.path("documents")) {
            documents.add(new AppDocument(d.path("id").asLong(), d, pages(d)));
        }
        return documents;
    }

    /** {@code page_sources: [{file, original_page}]} when the app lists them; otherwise one file = one document. */
    private static Set<PageRef> pages(JsonNode d) {
        Set<PageRef> refs = new LinkedHashSet<>();
        if (d.path("page_sources").isArray() && !d.path("page_sources").isEmpty()) {
            for (JsonNode r : d.path("page_sources")) {
                refs.add(new PageRef(r.path("file").asText(), r.path("original_page").asInt(1)));
            }
            return refs;
        }
        for (int p = 1; p <= d.path("pages").asInt(); p++) {
            refs.add(new PageRef(d.path("file").asText(), p));
        }
        return refs;
    }

    String text(String field) {
        JsonNode v = json.path(field);
        return v.isMissingNode() || v.isNull() ? "" : v.asText();
    }

    int overlap(Set<PageRef> other) {
        return (int) pages.stream().filter(other::contains).count();
    }
}
