package org.hardshipbinder.factors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.SourceKind;

/** Reads the catalog files under {@code factors/} on the class path. A broken catalog is a packaging error. */
final class CatalogReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogReader() {
    }

    static JsonNode read(String resource) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the catalog " + resource + " is missing from the application");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the catalog " + resource + " cannot be read", e);
        }
    }

    static Factor factor(JsonNode n) {
        String set = n.path("set").asText();
        return new Factor(n.path("code").asText(),
                FactorSet.fromCode(set).orElseThrow(() -> new IllegalStateException("unknown factor set " + set)),
                localized(n.path("label")), localized(n.path("description")), terms(n.path("keywords")),
                terms(n.path("weak")), terms(n.path("patterns")), strings(n.path("evidence")), n.path("particularly_significant").asBoolean(false),
                Scenario.fromCode(n.path("scenario").asText("both")).orElse(Scenario.BOTH), false);
    }

    static Circumstance circumstance(JsonNode n) {
        return new Circumstance(n.path("code").asText(), n.path("factor").asText(), localized(n.path("label")),
                localized(n.path("description")), terms(n.path("keywords")), terms(n.path("patterns")),
                n.path("particularly_significant").asBoolean(false));
    }

    static EvidenceType evidenceType(JsonNode n) {
        return new EvidenceType(n.path("code").asText(), localized(n.path("label")), localized(n.path("description")),
                n.hasNonNull("source") ? SourceKind.fromCode(n.path("source").asText()).orElseThrow(
                        () -> new IllegalStateException("unknown source " + n.path("source"))) : null,
                terms(n.path("keywords")),
                terms(n.path("patterns")));
    }

    private static Localized localized(JsonNode n) {
        Map<String, String> texts = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        return new Localized(texts);
    }

    private static Map<String, List<String>> terms(JsonNode n) {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> terms.put(e.getKey(), strings(e.getValue())));
        return terms;
    }

    private static List<String> strings(JsonNode n) {
        List<String> list = new ArrayList<>();
        n.forEach(v -> list.add(v.asText()));
        return list;
    }
}
