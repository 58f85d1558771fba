package org.hardshipbinder.checks.preflight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.facts.PageName;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.RefusedDuplicate;
import org.hardshipbinder.model.Severity;

/**
 * The same document twice under different files (a second scan, a photo of a printout): the same words in nearly the
 * same proportions, the same numbers and the same people. Forms filled in for different people (two children's
 * birth certificates) share their words but not their numbers or names, so they are not duplicates.
 */
public final class DuplicateCheck implements Check {

    private static final int MIN_WORDS = 20;
    private static final double MIN_LENGTH_RATIO = 0.8;
    private static final double MIN_NUMBER_AGREEMENT = 0.6;

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<DocumentEvidence> docs = evidence.documents().stream().filter(DocumentEvidence::hasText).toList();
        List<WordProfile> profiles = docs.stream().map(d -> WordProfile.of(d.fullText())).toList();
        List<Finding> findings = new ArrayList<>();
        Set<Long> alreadyReported = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                DocumentEvidence a = docs.get(i);
                DocumentEvidence b = docs.get(j);
                if (alreadyReported.contains(b.id()) || linked(a, b) || !same(profiles.get(i), profiles.get(j), evidence)
                        || !samePeople(a, b)) {
                    continue;
                }
                alreadyReported.add(b.id());
                findings.add(Findings.of(Severity.WARNING, "DUPLICATE")
                        .message("checks.duplicate", b.title(), a.title()).allPages(a).allPages(b)
                        .fix("checks.duplicate.fix", b.id())
                        .document(a).document(b).build());
            }
        }
        reportRefusedCopies(evidence, findings);
        return findings;
    }

    /** A file refused at import as a byte-identical copy: the user brought it in twice, and may want to know. */
    private static void reportRefusedCopies(CaseEvidence evidence, List<Finding> findings) {
        for (RefusedDuplicate refused : evidence.refusedDuplicates()) {
            evidence.document(refused.documentId()).ifPresent(kept -> findings.add(Findings.of(Severity.INFO, "DUPLICATE")
                    .message("checks.duplicate.refused", refused.fileName(), kept.title())
                    .document(kept).build()));
        }
    }

    private static boolean same(WordProfile x, WordProfile y, CaseEvidence evidence) {
        if (x.words() < MIN_WORDS || y.words() < MIN_WORDS) {
            return false;
        }
        double ratio = (double) Math.min(x.words(), y.words()) / Math.max(x.words(), y.words());
        return ratio >= MIN_LENGTH_RATIO && x.cosine(y) >= evidence.settings().duplicateSimilarity()
                && x.numberAgreement(y) >= MIN_NUMBER_AGREEMENT;
    }

    private static boolean linked(DocumentEvidence a, DocumentEvidence b) {
        Long ta = a.document().metadata().translationOf();
        Long tb = b.document().metadata().translationOf();
        return Long.valueOf(b.id()).equals(ta) || Long.valueOf(a.id()).equals(tb);
    }

    private static boolean samePeople(DocumentEvidence a, DocumentEvidence b) {
        Set<Long> pa = new HashSet<>(a.facts().names().stream().map(PageName::mention).map(m -> m.personId()).toList());
        Set<Long> pb = new HashSet<>(b.facts().names().stream().map(PageName::mention).map(m -> m.personId()).toList());
        return pa.containsAll(pb) || pb.containsAll(pa);
    }
}
