package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hardshipbinder.model.Case;

/** The factors that apply to one case: its kind's catalog set, in catalog order, then the user's own. */
public final class CaseFactors {

    private final FactorCatalog catalog;
    private final CustomFactorRepository custom;

    public CaseFactors(FactorCatalog catalog, CustomFactorRepository custom) {
        this.catalog = catalog;
        this.custom = custom;
    }

    public List<Factor> forCase(Case kase) {
        FactorSet set = FactorSet.forKind(kase.kind());
        List<Factor> factors = new ArrayList<>(catalog.factors(set));
        factors.addAll(custom.forCase(kase.id(), set));
        return List.copyOf(factors);
    }

    public Optional<Factor> find(Case kase, String code) {
        return forCase(kase).stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public FactorCatalog catalog() {
        return catalog;
    }
}
