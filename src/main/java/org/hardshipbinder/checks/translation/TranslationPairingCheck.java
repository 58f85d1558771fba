package org.hardshipbinder.checks.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.text.TextFold;

/**
 * Offers an English document as the translation of a foreign one that has none, when it reads like a translation
 * (a translator's certificate or the word "translation") and shares the original's dates, identifiers and names.
 */
public final class TranslationPairingCheck implements Check {

    private static final Pattern LOOKS_TRANSLATED = Pattern.compile("translat|traduc");
    private static final int MIN_SHARED = 2;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<DocumentEvidence> candidates = evidence.documents().stream()
                .filter(d -> d.english() && !d.isTranslation() && evidence.translationsOf(d.id()).isEmpty())
                .filter(d -> LOOKS_TRANSLATED.matcher(TextFold.fold(d.fullText())).find())
                .toList();
        List<Finding> findings = new ArrayList<>();
        Set<Long> offered = new HashSet<>();
        for (DocumentEvidence original : evidence.documents()) {
            if (!original.foreign() || original.isTranslation() || !evidence.translationsOf(original.id()).isEmpty()) {
                continue;
            }
            DocumentEvidence best = null;
            int bestShared = MIN_SHARED - 1;
            for (DocumentEvidence c : candidates) {
                int shared = shared(original, c);
                if (!offered.contains(c.id()) && shared > bestShared) {
                    best = c;
                    bestShared = shared;
                }
            }
            if (best != null) {
                offered.add(best.id());
                findings.add(Findings.of(Severity.INFO, "TRANSLATION_PAIR_SUGGESTED")
                        .message("checks.translationPairSuggested", best.title(), original.title(), bestShared)
                        .fix("checks.translationPairSuggested.fix", best.id(), original.id())
                        .document(original).document(best).build());
            }
        }
        return findings;
    }

    /** How many distinct dates, identifiers and people the two documents have in common. */
    static int shared(DocumentEvidence a, DocumentEvidence b) {
        Set<String> keysA = keys(a);
        Set<String> keysB = keys(b);
        keysA.retainAll(keysB);
        return keysA.size();
    }

    private static Set<String> keys(DocumentEvidence d) {
        Set<String> keys = new HashSet<>();
        for (Fact f : d.facts().facts()) {
            if (f.date() != null) {
                keys.add("date:" + f.date());
            } else if (f.kind() == FactKind.A_NUMBER || f.kind() == FactKind.RECEIPT_NUMBER) {
                keys.add("id:" + f.value());
            } else if (f.kind() == FactKind.PERSON_NAME && f.personId() != null) {
                keys.add("person:" + f.personId());
            }
        }
        return keys;
    }
}
