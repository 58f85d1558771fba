package org.hardshipbinder.binder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hardshipbinder.model.Document;

/**
 * The binder's sections in their default order: relationship proof first, then the hardship factors in catalog
 * order, then "other evidence" for untagged documents. The factor order and labels come from the factor catalog.
 */
public final class SectionCatalog {

    public static final String RELATIONSHIP_PROOF = "relationship_proof";
    public static final String OTHER = "other";
    /** The design's factor order, used until a factor catalog supplies its own. */
    public static final List<String> DESIGN_FACTOR_ORDER = List.of(RELATIONSHIP_PROOF, "medical", "psychological",
            "financial", "education", "family_ties", "country_conditions", "social_cultural");

    /** Evidence types that prove a relationship or status, filed first whatever their tags say. */
    static final Set<String> RELATIONSHIP_TYPES = Set.of("birth_certificate", "marriage_certificate", "divorce_decree",
            "adoption_decree", "death_certificate", "naturalization_certificate", "citizenship_certificate",
            "permanent_resident_card", "passport");

    private final Supplier<List<String>> factorOrder;
    private final Function<String, String> labels;
    // Arranged on first use: the factor order may come from a catalog not read yet.
    private volatile List<String> order;

    /** {@code labels} gives the English title of a factor code (printed in the binder). */
    public SectionCatalog(List<String> factorOrder, Function<String, String> labels) {
        this(() -> factorOrder, labels);
    }

    private SectionCatalog(Supplier<List<String>> factorOrder, Function<String, String> labels) {
        this.factorOrder = factorOrder;
        this.labels = labels;
    }

    private static List<String> arrange(List<String> factorOrder) {
        List<String> codes = new ArrayList<>();
        codes.add(RELATIONSHIP_PROOF);
        factorOrder.stream().filter(c -> !codes.contains(c) && !c.equals(OTHER)).forEach(codes::add);
        codes.add(OTHER);
        return List.copyOf(codes);
    }

    /** The design's order with the binder's own English section titles. */
    public static SectionCatalog withDesignOrder() {
        return new SectionCatalog(DESIGN_FACTOR_ORDER, new BinderWords()::section);
    }

    /**
     * The factor catalog's order. Sections keep the binder's own printed titles; a factor the binder has no title for
     * (a parole factor, a case's own factor) takes the catalog's English label. The order is asked for on first use.
     */
    public static SectionCatalog withFactors(Supplier<List<String>> factorOrder, Function<String, java.util.Optional<String>> labels) {
        BinderWords words = new BinderWords();
        return new SectionCatalog(factorOrder, code -> words.hasSection(code) ? words.section(code)
                : labels.apply(code).orElseGet(() -> words.section(code)));
    }

    public List<String> order() {
        List<String> arranged = order;
        if (arranged == null) {
            arranged = arrange(factorOrder.get());
            order = arranged;
        }
        return arranged;
    }

    public String title(String code) {
        return labels.apply(code);
    }

    /** Where a code sorts by default; unknown codes (a factor the catalog dropped) sort just before "other". */
    public int rank(String code) {
        List<String> arranged = order();
        int i = arranged.indexOf(code);
        return i >= 0 ? i : arranged.size() - 1;
    }

    /** The default section of a document: relationship proof by type, else its first factor by catalog order. */
    public String defaultSection(Document document, Collection<String> factors) {
        String type = document.metadata().evidenceType();
        if (type != null && RELATIONSHIP_TYPES.contains(type) || factors.contains(RELATIONSHIP_PROOF)) {
            return RELATIONSHIP_PROOF;
        }
        return factors.stream().filter(order()::contains).min(Comparator.comparingInt(this::rank)).orElse(OTHER);
    }

    /** Factor codes sorted in catalog order, for the index's factor column. */
    public List<String> sorted(Collection<String> factors) {
        return factors.stream().distinct().sorted(Comparator.comparingInt(this::rank).thenComparing(c -> c)).toList();
    }
}
