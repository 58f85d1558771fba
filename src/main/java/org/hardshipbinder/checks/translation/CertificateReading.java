package org.hardshipbinder.checks.translation;

import java.util.EnumSet;
import java.util.Set;

/** What a translation's certificate was found to carry, the translator's name when it is written, and whether any certificate wording was found. */
public record CertificateReading(Set<CertificateElement> present, String translatorName, boolean found) {

    public CertificateReading {
        present = present.isEmpty() ? EnumSet.noneOf(CertificateElement.class) : EnumSet.copyOf(present);
    }

    public Set<CertificateElement> missing() {
        Set<CertificateElement> missing = EnumSet.allOf(CertificateElement.class);
        missing.removeAll(present);
        return missing;
    }

    /** Two documents together (a translation and a separate certificate) carry what either carries. */
    public CertificateReading merge(CertificateReading other) {
        Set<CertificateElement> both = EnumSet.noneOf(CertificateElement.class);
        both.addAll(present);
        both.addAll(other.present);
        return new CertificateReading(both, translatorName != null ? translatorName : other.translatorName, found || other.found);
    }
}
