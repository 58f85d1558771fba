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

/** 8 CFR 103.2(b)(3): a document in a language other than English needs an English translation with it. */
public final class TranslationMissingCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (d.foreign() && !d.isTranslation() && evidence.translationsOf(d.id()).isEmpty()) {
                findings.add(Findings.of(Severity.ERROR, "TRANSLATION_MISSING")
                        .message("checks.translationMissing", d.title(), new LanguageName(d.language()))
                        .fix("checks.translationMissing.fix", d.id())
                        .allPages(d).build());
            }
        }
        return findings;
    }
}
