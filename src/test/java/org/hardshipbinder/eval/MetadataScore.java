package org.hardshipbinder.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.eval.CaseSet.Label;

/** Accuracy of each document's metadata against its label, on the app document sharing most pages with it. */
final class MetadataScore {

    int documents;
    int exactDocuments;
    int type;
    int date;
    int language;
    int source;
    int pairsExpected;
    int pairsRight;
    int pairsSpurious;
    final SetScore factors = new SetScore();
    final SetScore persons = new SetScore();
    final List<String> rows = new ArrayList<>();

    /** Micro-averaged precision and recall over sets. */
    static final class SetScore {
        int truePositives;
        int predicted;
        int expected;

        void add(Set<String> got, Set<String> want) {
            Set<String> both = new HashSet<>(got);
            both.retainAll(want);
            truePositives += both.size();
            predicted += got.size();
            expected += want.size();
        }

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 0 : (double) truePositives / expected;
        }
    }

    void score(CaseRun run) {
        for (Label label : run.labels()) {
            documents++;
            if (run.exactlyOneDocument(label)) {
                exactDocuments++;
            }
            var best = run.best(label);
            if (best.isEmpty()) {
                rows.add(String.join("\t", run.kase(), label.file(), "(no document)"));
                factors.add(Set.of(), label.factors());
                persons.add(Set.of(), label.persons());
                continue;
            }
            AppDocument doc = best.get();
            boolean typeOk = Vocabulary.TYPES.getOrDefault(label.type(), Set.of()).contains(doc.text("type"));
            boolean dateOk = label.date().equals(doc.text("date"));
            boolean languageOk = label.language().equals(doc.text("language"));
            boolean sourceOk = label.source().equals(Vocabulary.source(doc.text("source")));
            type += typeOk ? 1 : 0;
            date += dateOk ? 1 : 0;
            language += languageOk ? 1 : 0;
            source += sourceOk ? 1 : 0;
            scorePairing(run, label, doc);
            factors.add(factorsOf(doc), label.factors());
            persons.add(personsOf(run, doc), label.persons());
            rows.add(String.join("\t", run.kase(), label.file().replace("src/", ""),
                    mark(typeOk) + label.type() + "/" + doc.text("type"),
                    mark(dateOk) + blank(label.date()) + "/" + blank(doc.text("date")),
                    mark(languageOk) + label.language() + "/" + blank(doc.text("language")),
                    mark(sourceOk) + label.source() + "/" + blank(doc.text("source"))));
            rows.add("\t  factors label " + new java.util.TreeSet<>(label.factors()) + " app " + new java.util.TreeSet<>(factorsOf(doc))
                    + "; persons label " + label.persons().size() + " app " + personsOf(run, doc).size()
                    + personDifference(label.persons(), personsOf(run, doc)));
            rows.add("\t  label: " + label.title());
            rows.add("\t  app:   " + blank(doc.text("title")) + "   [file " + doc.text("file") + "]");
        }
    }

    private void scorePairing(CaseRun run, Label label, AppDocument doc) {
        String appOriginal = doc.text("translation_of");
        if (label.translationOf().isEmpty()) {
            pairsSpurious += appOriginal.isEmpty() ? 0 : 1;
            return;
        }
        pairsExpected++;
        var original = run.label(label.translationOf()).flatMap(run::best);
        if (original.isPresent() && String.valueOf(original.get().id()).equals(appOriginal)) {
            pairsRight++;
        }
    }

    private static Set<String> factorsOf(AppDocument doc) {
        Set<String> set = new HashSet<>();
        doc.json().path("tags").forEach(t -> {
            String mapped = Vocabulary.factor(t.path("factor").asText());
            if (mapped != null) {
                set.add(mapped);
            }
        });
        return set;
    }

    private static Set<String> personsOf(CaseRun run, AppDocument doc) {
        Set<String> set = new HashSet<>();
        doc.json().path("people").forEach(p -> {
            String name = run.personNames().get(p.isObject() ? p.path("id").asLong() : p.asLong());
            if (name != null) {
                set.add(name);
            }
        });
        return set;
    }

    /** The people the app missed and those it added, when they differ from the label's. */
    private static String personDifference(Set<String> want, Set<String> got) {
        Set<String> missing = new java.util.TreeSet<>(want);
        missing.removeAll(got);
        Set<String> extra = new java.util.TreeSet<>(got);
        extra.removeAll(want);
        return missing.isEmpty() && extra.isEmpty() ? "" : " (missing " + missing + ", extra " + extra + ")";
    }

    private static String mark(boolean ok) {
        return ok ? "  " : "✗ ";
    }

    private static String blank(String s) {
        return s.isEmpty() ? "—" : s;
    }
}
