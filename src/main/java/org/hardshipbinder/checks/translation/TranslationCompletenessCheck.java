package org.hardshipbinder.checks.translation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;

/**
 * A translation must be full: the original's dates, longer numbers and the case people it names should all be in
 * the translation, and the translation should not be far shorter than the original. Lists what seems left out.
 */
public final class TranslationCompletenessCheck implements Check {

    /** Below this many words an original is too short to judge by length. */
    private static final int MIN_WORDS_FOR_RATIO = 60;
    private static final double MIN_RATIO = 0.5;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence original : evidence.documents()) {
            List<DocumentEvidence> translations = evidence.translationsOf(original.id()).stream()
                    .filter(t -> !t.foreign() && t.hasText()).toList();
            if (translations.isEmpty() || !original.hasText()) {
                continue;
            }
            List<UserMessage> gaps = gaps(evidence, original, translations);
            if (!gaps.isEmpty()) {
                Findings f = Findings.of(Severity.WARNING, "TRANSLATION_INCOMPLETE")
                        .message("checks.translationIncomplete", translations.get(0).title(), original.title(), gaps)
                        .fix("checks.translationIncomplete.fix")
                        .allPages(original);
                translations.forEach(f::document);
                findings.add(f.build());
            }
        }
        return findings;
    }

    private static boolean allPartsIn(String name, String translatedWords) {
        String[] parts = org.hardshipbinder.text.TextFold.compact(name).split("[^\\p{L}]+");
        return java.util.Arrays.stream(parts).filter(p -> p.length() >= 3).allMatch(p -> translatedWords.contains(" " + p + " "));
    }

    private static List<UserMessage> gaps(CaseEvidence evidence, DocumentEvidence original, List<DocumentEvidence> translations) {
        List<LocalDate> dates = ContentComparison.missingDates(original, translations);
        List<String> numbers = ContentComparison.missingNumbers(original, translations);
        String translated = " " + org.hardshipbinder.text.TextFold.compact(String.join(" ",
                translations.stream().map(DocumentEvidence::fullText).toList())).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        // A name broken over two lines is still there: look for every part of it in the translation's words.
        List<String> people = ContentComparison.missingPeople(original, translations).stream().map(evidence::personName)
                .filter(name -> !allPartsIn(name, translated)).toList();
        List<UserMessage> gaps = new ArrayList<>();
        // One stray number is often an OCR misreading of a stamp or a form code; two or more, and a fair share of the
        // original's numbers, is a pattern.
        boolean numbersMissing = numbers.size() >= 2 && numbers.size() >= 0.2 * ContentComparison.numberCount(original);
        boolean contentMissing = !dates.isEmpty() || !people.isEmpty() || numbersMissing;
        if (contentMissing) {
            if (!dates.isEmpty()) {
                gaps.add(UserMessage.of("checks.gap.dates", String.join(", ", dates.stream().map(LocalDate::toString).toList())));
            }
            if (!numbers.isEmpty()) {
                gaps.add(UserMessage.of("checks.gap.numbers", String.join(", ", numbers)));
            }
            if (!people.isEmpty()) {
                gaps.add(UserMessage.of("checks.gap.names", String.join(", ", people)));
            }
        }
        int originalWords = original.wordCount();
        int translatedWords = translations.stream().mapToInt(TranslationCompletenessCheck::wordsBeforeCertificate).sum();
        if (originalWords >= MIN_WORDS_FOR_RATIO && translatedWords < originalWords * MIN_RATIO) {
            gaps.add(UserMessage.of("checks.gap.length", translatedWords, originalWords));
        }
        return gaps;
    }

    /** The translation's own words; its certificate is not part of the translated content. */
    private static int wordsBeforeCertificate(DocumentEvidence t) {
        String text = t.fullText();
        int start = CertificateReader.certificateStart(text);
        String body = start < 0 ? text : text.substring(0, start);
        return body.isBlank() ? 0 : body.strip().split("\\s+").length;
    }
}
