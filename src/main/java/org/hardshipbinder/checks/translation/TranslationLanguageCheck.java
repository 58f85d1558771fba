package org.hardshipbinder.checks.translation;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.core.LanguageName;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/** A document linked as a translation must be in English. */
public final class TranslationLanguageCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (d.isTranslation() && d.foreign()) {
                String original = evidence.document(d.document().metadata().translationOf()).map(DocumentEvidence::title).orElse("?");
                findings.add(Findings.of(Severity.ERROR, "TRANSLATION_NOT_ENGLISH")
                        .message("checks.translationNotEnglish", d.title(), original, new LanguageName(d.language()))
                        .fix("checks.translationNotEnglish.fix")
                        .allPages(d).document(d.document().metadata().translationOf()).build());
            }
        }
        return findings;
    }
}
