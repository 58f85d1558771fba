package org.hardshipbinder.checks.contradiction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.facts.NameVariant;
import org.hardshipbinder.checks.facts.PageName;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * A person's name misspelled somewhere in the evidence: one letter changed, added, dropped or swapped in one of their
 * names. Accents, a missing second surname, a middle name, initials and the surname written first are how names are
 * really written and raise nothing; they are listed beside a misspelling so the reader sees every form.
 */
public final class NameVariantCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (Person p : evidence.people()) {
            Map<String, List<PageName>> forms = new LinkedHashMap<>();
            Map<String, Set<NameVariant>> kinds = new LinkedHashMap<>();
            for (DocumentEvidence d : evidence.documents()) {
                for (PageName n : d.facts().names()) {
                    if (n.mention().personId() == p.id() && isTypo(n)) {
                        String written = n.mention().written().replaceAll("\\s+", " ");
                        forms.computeIfAbsent(written, w -> new ArrayList<>()).add(n);
                        kinds.computeIfAbsent(written, w -> EnumSet.noneOf(NameVariant.class)).addAll(n.mention().variants());
                    }
                }
            }
            boolean typo = kinds.values().stream().anyMatch(k -> k.contains(NameVariant.TYPO));
            if (!typo) {
                continue;
            }
            List<UserMessage> listed = new ArrayList<>();
            forms.forEach((written, where) -> listed.add(UserMessage.of(
                    kinds.get(written).contains(NameVariant.TYPO) ? "checks.nameVariant.typo" : "checks.nameVariant.same",
                    written, where.stream().map(n -> evidence.document(n.documentId()).map(DocumentEvidence::title).orElse("?"))
                            .distinct().toList())));
            Findings f = Findings.of(Severity.WARNING, "NAME_VARIANT")
                    .message("checks.nameVariant", p.name(), listed)
                    .fix("checks.nameVariant.fixTypo")
                    .person(p.id());
            forms.values().stream().flatMap(List::stream)
                    .sorted((x, y) -> Boolean.compare(!isTypo(x), !isTypo(y)))
                    .forEach(n -> f.span(new org.hardshipbinder.model.TextSpan(n.documentId(), n.page(), n.mention().start(),
                            n.mention().end(), n.mention().written())));
            findings.add(f.build());
        }
        return findings;
    }

    private static boolean isTypo(PageName n) {
        return n.mention().variants().contains(NameVariant.TYPO);
    }
}
