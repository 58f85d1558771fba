package org.hardshipbinder.checks.preflight;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.core.LanguageName;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.ocr.LanguageCodes;

/**
 * Pages in a script no installed reading model reads (Cyrillic, Arabic, Amharic …): only their numbers and dates
 * were kept, so their words cannot be searched or checked. Names the language as well as it is known and the
 * model file that would read it; the scan itself is fine, so no new scan is asked for.
 */
public final class ModelMissingCheck implements Check {

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            List<PageContent> unread = d.texts().stream().filter(PageContent::numbersOnly).toList();
            if (unread.isEmpty()) {
                continue;
            }
            String language = d.knownLanguage() ? d.language() : unread.get(0).language();
            String pages = String.join(", ", unread.stream().map(t -> Integer.toString(t.number())).toList());
            Findings f = Findings.of(Severity.INFO, "OCR_MODEL_MISSING");
            var model = language == null || PageText.UNKNOWN_LANGUAGE.equals(language)
                    ? java.util.Optional.<String>empty() : LanguageCodes.tesseractModel(language);
            if (model.isPresent()) {
                f.message("checks.modelMissing", d.title(), new LanguageName(language), pages)
                        .fix("checks.modelMissing.fix", new LanguageName(language), model.get() + ".traineddata");
            } else {
                f.message("checks.modelMissing.unknown", d.title(), pages).fix("checks.modelMissing.fixUnknown");
            }
            unread.forEach(t -> f.page(d.id(), t.number()));
            findings.add(f.build());
        }
        return findings;
    }
}
