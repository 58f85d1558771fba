package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.text.TextFold;

/**
 * The couple's marriage date must be the same everywhere. Marriage dates that speak of someone else's marriage
 * (parents, a sibling) or of an earlier marriage (divorce, "first marriage") are left out; the applicant and a
 * spouse share one marriage.
 */
public final class MarriageDateConflictCheck implements Check {

    private static final Pattern OTHER_MARRIAGE = Pattern.compile(
            "\\b(divorc\\w*|previous|prior|former|first marriage|earlier|anterior|primer matrimonio|ex-?\\w*|"
                    + "parents|mother|father|son|daughter|brother|sister|grand\\w*|padres|madre|padre|hij[oa]s?|herman[oa]s?|abuel[oa]s?)\\b");
    private static final Pattern SPOUSE = Pattern.compile("spouse|husband|wife|espos[oa]|marido|conyuge|mujer");
    private static final long COUPLE = -1;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        Map<Long, List<Fact>> byMarriage = new LinkedHashMap<>();
        for (Fact f : evidence.allFacts()) {
            if (f.kind() != FactKind.MARRIAGE_DATE || !evidence.reliable(f)
                    || (f.context() != null && OTHER_MARRIAGE.matcher(TextFold.fold(f.context())).find())) {
                continue;
            }
            long key = f.personId() == null || inCouple(evidence, f.personId()) ? COUPLE : f.personId();
            byMarriage.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> findings = new ArrayList<>();
        byMarriage.forEach((who, facts) -> {
            List<List<Fact>> groups = DateClusters.of(facts);
            if (groups.size() > 1) {
                Findings f = Findings.of(Severity.ERROR, "MARRIAGE_DATE_CONFLICT")
                        .message("checks.marriageDateConflict", ConflictMessages.statements(evidence, groups))
                        .fix("checks.marriageDateConflict.fix");
                if (who != COUPLE) {
                    f.person(who);
                }
                ConflictMessages.locate(f, groups);
                findings.add(f.build());
            }
        });
        return findings;
    }

    private static boolean inCouple(CaseEvidence evidence, long personId) {
        Person p = evidence.person(personId).orElse(null);
        return p != null && (p.role() == Role.APPLICANT
                || (p.relation() != null && SPOUSE.matcher(TextFold.fold(p.relation().toLowerCase(Locale.ROOT))).find()));
    }
}
