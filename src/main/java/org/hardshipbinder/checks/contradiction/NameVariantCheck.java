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
 * A person's name written in different ways across the evidence. A changed letter is a likely typo and a warning;
 * accents, a missing second surname, a middle name or an initial are likely the same person and only a note.
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
                    if (n.mention().personId() == p.id() && !n.mention().exact()) {
                        String written = n.mention().written().replaceAll("\\s+", " ");
                        forms.computeIfAbsent(written, w -> new ArrayList<>()).add(n);
                        kinds.computeIfAbsent(written, w -> EnumSet.noneOf(NameVariant.class)).addAll(n.mention().variants());
                    }
                }
            }
            if (forms.isEmpty()) {
                continue;
            }
            boolean typo = kinds.values().stream().anyMatch(k -> k.contains(NameVariant.TYPO));
            List<UserMessage> listed = new ArrayList<>();
            forms.forEach((written, where) -> listed.add(UserMessage.of(
                    kinds.get(written).contains(NameVariant.TYPO) ? "checks.nameVariant.typo" : "checks.nameVariant.same",
                    written, where.stream().map(n -> evidence.document(n.documentId()).map(DocumentEvidence::title).orElse("?"))
                            .distinct().toList())));
            Findings f = Findings.of(typo ? Severity.WARNING : Severity.INFO, "NAME_VARIANT")
                    .message("checks.nameVariant", p.name(), listed)
                    .fix(typo ? "checks.nameVariant.fixTypo" : "checks.nameVariant.fixSame")
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
