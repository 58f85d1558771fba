package org.hardshipbinder.factors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The factor catalog and the evidence-type catalog, loaded once from {@code factors/*.json}. Factors keep the order
 * of the file: the binder orders its sections by it.
 */
public final class FactorCatalog {

    public static final String FACTORS_RESOURCE = "/factors/factors.json";
    public static final String TYPES_RESOURCE = "/factors/evidence-types.json";

    private final Map<String, Factor> factors = new LinkedHashMap<>();
    private final Map<String, Circumstance> circumstances = new LinkedHashMap<>();
    private final Map<String, EvidenceType> types = new LinkedHashMap<>();

    private FactorCatalog() {
    }

    public static FactorCatalog load() {
        FactorCatalog catalog = new FactorCatalog();
        JsonNode factorFile = CatalogReader.read(FACTORS_RESOURCE);
        factorFile.path("factors").forEach(n -> putUnique(catalog.factors, n.path("code").asText(), CatalogReader.factor(n)));
        factorFile.path("circumstances").forEach(n -> putUnique(catalog.circumstances, n.path("code").asText(), CatalogReader.circumstance(n)));
        CatalogReader.read(TYPES_RESOURCE).path("types").forEach(n -> putUnique(catalog.types, n.path("code").asText(), CatalogReader.evidenceType(n)));
        return catalog;
    }

    private static <T> void putUnique(Map<String, T> map, String code, T entry) {
        if (map.putIfAbsent(code, entry) != null) {
            throw new IllegalStateException("the catalog lists '" + code + "' twice");
        }
    }

    /** Every catalog factor, in catalog order. */
    public List<Factor> factors() {
        return List.copyOf(factors.values());
    }

    /** The factors of one standard, in catalog order. */
    public List<Factor> factors(FactorSet set) {
        return factors.values().stream().filter(f -> f.set() == set).toList();
    }

    public Optional<Factor> factor(String code) {
        return Optional.ofNullable(factors.get(code));
    }

    public List<Circumstance> circumstances() {
        return List.copyOf(circumstances.values());
    }

    public Optional<Circumstance> circumstance(String code) {
        return Optional.ofNullable(circumstances.get(code));
    }

    public List<EvidenceType> evidenceTypes() {
        return List.copyOf(types.values());
    }

    public Optional<EvidenceType> evidenceType(String code) {
        return Optional.ofNullable(types.get(code));
    }

    /** The position of a factor in catalog order; custom factors (not in the catalog) sort after all of them. */
    public int orderOf(String code) {
        int i = new ArrayList<>(factors.keySet()).indexOf(code);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
