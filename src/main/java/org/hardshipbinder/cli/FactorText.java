package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hardshipbinder.factors.CoverageTotals;
import org.hardshipbinder.factors.ProfileFinding;
import org.hardshipbinder.model.UserMessage;

/** Shared wording of the factor commands: findings as one sentence, totals as JSON maps. */
final class FactorText {

    private FactorText() {
    }

    static String message(CliContext context, List<UserMessage> parts) {
        return String.join("; ", parts.stream().map(context::text).toList());
    }

    static String finding(CliContext context, ProfileFinding f) {
        return f.severity().name().toLowerCase(Locale.ROOT) + " " + f.code() + ": " + message(context, f.parts());
    }

    static List<Map<String, Object>> findingsJson(CliContext context, List<ProfileFinding> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            m.put("code", f.code());
            m.put("person", f.personId());
            m.put("message", message(context, f.parts()));
            return m;
        }).toList();
    }

    static Map<String, Object> totalsJson(CoverageTotals t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", t.documents());
        m.put("corroborating", t.corroborating());
        m.put("factors_covered", t.factorsCovered());
        m.put("claimed_without_evidence", t.claimedWithoutEvidence());
        m.put("newest", t.newest() == null ? null : t.newest().toString());
        m.put("significant", t.significant());
        return m;
    }

    static String label(String factor, List<org.hardshipbinder.factors.Factor> caseFactors) {
        return caseFactors.stream().filter(f -> f.code().equals(factor)).findFirst()
                .map(f -> f.label(Locale.ENGLISH)).orElse(factor);
    }
}
