package org.hardshipbinder.factors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The factor catalog and the evidence-type catalog, read once from {@code factors/*.json}, on first use: a command
 * that never looks at a factor (an import, a listing) does not pay for reading them. Factors keep the order of the
 * file: the binder orders its sections by it.
 */
public final class FactorCatalog {

    public static final String FACTORS_RESOURCE = "/factors/factors.json";
    public static final String TYPES_RESOURCE = "/factors/evidence-types.json";

    /** What the two files hold, in file order. */
    private record Contents(Map<String, Factor> factors, Map<String, Circumstance> circumstances,
                            Map<String, EvidenceType> types) {
    }

    private volatile Contents contents;

    private FactorCatalog() {
    }

    /** The catalog, read now (a broken catalog fails here). */
    public static FactorCatalog load() {
        FactorCatalog catalog = new FactorCatalog();
        catalog.contents();
        return catalog;
    }

    /** The catalog, read on first use (JSON parsing loads several hundred classes a cold process need not load). */
    public static FactorCatalog onFirstUse() {
        return new FactorCatalog();
    }

    private Contents contents() {
        Contents read = contents;
        if (read == null) {
            synchronized (this) {
                if (contents == null) {
                    contents = read();
                }
                read = contents;
            }
        }
        return read;
    }

    private static Contents read() {
        Map<String, Factor> factors = new LinkedHashMap<>();
        Map<String, Circumstance> circumstances = new LinkedHashMap<>();
        Map<String, EvidenceType> types = new LinkedHashMap<>();
        JsonNode factorFile = CatalogReader.read(FACTORS_RESOURCE);
        factorFile.path("factors").forEach(n -> putUnique(factors, n.path("code").asText(), CatalogReader.factor(n)));
        factorFile.path("circumstances").forEach(n -> putUnique(circumstances, n.path("code").asText(), CatalogReader.circumstance(n)));
        CatalogReader.read(TYPES_RESOURCE).path("types").forEach(n -> putUnique(types, n.path("code").asText(), CatalogReader.evidenceType(n)));
        return new Contents(factors, circumstances, types);
    }

    private static <T> void putUnique(Map<String, T> map, String code, T entry) {
        if (map.putIfAbsent(code, entry) != null) {
            throw new IllegalStateException("the catalog lists '" + code + "' twice");
        }
    }

    /** Every catalog factor, in catalog order. */
    public List<Factor> factors() {
        return List.copyOf(contents().factors().values());
    }

    /** The factors of one standard, in catalog order. */
    public List<Factor> factors(FactorSet set) {
        return contents().factors().values().stream().filter(f -> f.set() == set).toList();
    }

    public Optional<Factor> factor(String code) {
        return Optional.ofNullable(contents().factors().get(code));
    }

    public List<Circumstance> circumstances() {
        return List.copyOf(contents().circumstances().values());
    }

    public Optional<Circumstance> circumstance(String code) {
        return Optional.ofNullable(contents().circumstances().get(code));
    }

    public List<EvidenceType> evidenceTypes() {
        return List.copyOf(contents().types().values());
    }

    public Optional<EvidenceType> evidenceType(String code) {
        return Optional.ofNullable(contents().types().get(code));
    }

    /** The position of a factor in catalog order; custom factors (not in the catalog) sort after all of them. */
    public int orderOf(String code) {
        int i = new ArrayList<>(contents().factors().keySet()).indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
