package org.hardshipbinder.checks.translation;

import java.util.Locale;
import org.hardshipbinder.model.Severity;

/**
 * What a translator's certificate must carry (8 CFR 103.2(b)(3) and common practice), and how much a gap matters:
 * the statements of completeness, accuracy and competence are the rule itself; name, signature and date make the
 * certificate attributable; the address is customary.
 */
public enum CertificateElement {
    COMPLETE(Severity.ERROR), ACCURATE(Severity.ERROR), COMPETENCE(Severity.ERROR),
    NAME(Severity.WARNING), SIGNATURE(Severity.WARNING), DATE(Severity.WARNING), ADDRESS(Severity.INFO);

    private final Severity weight;

    CertificateElement(Severity weight) {
        this.weight = weight;
    }

    public Severity weight() {
        return weight;
    }

    public String messageKey() {
        return "checks.certificate.element." + name().toLowerCase(Locale.ROOT);
    }
}
