package org.hardshipbinder.checks.translation;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.facts.NameMention;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.checks.core.Findings;

/** A translation certified by the applicant or another person in the case is allowed but draws scrutiny. */
public final class TranslatorIsPartyCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence t : evidence.documents()) {
            if (!t.isTranslation() || !t.hasText()) {
                continue;
            }
            String translator = CertificateReader.read(t.fullText()).translatorName();
            if (translator == null) {
                continue;
            }
            List<NameMention> who = evidence.names().find(translator);
            if (who.isEmpty()) {
                continue;
            }
            Person person = evidence.person(who.get(0).personId()).orElseThrow();
            findings.add(Findings.of(Severity.WARNING, "TRANSLATOR_IS_PARTY")
                    .message("checks.translatorIsParty", t.title(), person.name(),
                            org.hardshipbinder.model.UserMessage.of("checks.role." + person.role().code()))
                    .fix("checks.translatorIsParty.fix")
                    .document(t).person(person.id()).build());
        }
        return findings;
    }
}
