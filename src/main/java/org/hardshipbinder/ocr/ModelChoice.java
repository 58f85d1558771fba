package org.hardshipbinder.ocr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Tesseract models a run may use: the installed ones, narrowed to the languages the user reads documents in
 * (Preferences, or {@code ocr --languages}). The first chosen language is tried first on a page of a document whose
 * language is not known yet; a page found to be in another chosen language is read again with that model.
 */
record ModelChoice(String first, Set<String> usable) {

    /** {@code languages}: ISO 639-1 codes ("es") or Tesseract model names ("spa"); those not installed are skipped. */
    static ModelChoice of(List<String> languages, Set<String> installed) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String language : languages) {
            LanguageCodes.tesseractModel(language).or(() -> java.util.Optional.of(language))
                    .filter(installed::contains).ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            return new ModelChoice(OcrJob.DEFAULT_MODEL, installed);
        }
        return new ModelChoice(chosen.iterator().next(), Set.copyOf(chosen));
    }
}
