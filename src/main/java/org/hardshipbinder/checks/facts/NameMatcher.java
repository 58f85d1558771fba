package org.hardshipbinder.checks.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.hardshipbinder.model.Person;

/**
 * Finds the case's people in a text, tolerant of how names are really written: without accents, without the second
 * surname or with a middle name, with initials, surname first ("LÓPEZ GARCÍA, MARÍA"), or with one letter wrong.
 * A name needs the person's first given name (or its initial) and one more of their names to count.
 */
public final class NameMatcher {

    private static final Set<String> CONJUNCTIONS = Set.of("y", "and", "e", "et", "o", "or", "u");
    private static final int MAX_RUN = 8;

    private final List<PersonName> people;
    private final Set<String> everyNameWord = new HashSet<>();

    public NameMatcher(List<Person> people) {
        this.people = people.stream().map(p -> PersonName.of(p.id(), p.name())).filter(n -> n.size() >= 2).toList();
        this.people.forEach(n -> everyNameWord.addAll(n.folded()));
    }

    /** Every mention in {@code text}; {@code trusted} says whether a written word may be judged a typo (OCR read it clearly). */
    public List<NameMention> find(String text, Predicate<String> trusted) {
        List<TextToken> tokens = TextToken.tokenize(text);
        List<NameMention> found = new ArrayList<>();
        for (List<TextToken> run : runs(tokens)) {
            found.addAll(matchRun(text, run, trusted));
        }
        found.sort(Comparator.comparingInt(NameMention::start));
        return found;
    }

    public List<NameMention> find(String text) {
        return find(text, word -> true);
    }

    private static List<List<TextToken>> runs(List<TextToken> tokens) {
        List<List<TextToken>> runs = new ArrayList<>();
        List<TextToken> current = new ArrayList<>();
        for (TextToken t : tokens) {
            boolean nameLike = (t.capitalized() || t.initial() || t.particle()) && !CONJUNCTIONS.contains(t.folded());
            boolean continues = !current.isEmpty() && !t.breakBefore() && nameLike && current.size() < MAX_RUN;
            if (!continues) {
                close(runs, current);
                current = new ArrayList<>();
                if (nameLike && !t.particle()) {
                    current.add(t);
                }
            } else {
                current.add(t);
            }
        }
        close(runs, current);
        return runs;
    }

    private static void close(List<List<TextToken>> runs, List<TextToken> run) {
        while (!run.isEmpty() && run.get(run.size() - 1).particle()) {
            run.remove(run.size() - 1);
        }
        if (run.size() >= 2) {
            runs.add(run);
        }
    }

    private List<NameMention> matchRun(String text, List<TextToken> run, Predicate<String> trusted) {
        List<Candidate> candidates = new ArrayList<>();
        for (PersonName person : people) {
            Candidate c = match(text, run, person, trusted);
            if (c != null) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<NameMention> accepted = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean tie = candidates.stream().anyMatch(o -> o != c && o.score() == c.score()
                    && o.mention().start() == c.mention().start() && o.mention().end() == c.mention().end());
            boolean overlaps = accepted.stream().anyMatch(a -> a.start() < c.mention().end() && c.mention().start() < a.end());
            if (!tie && !overlaps) {
                accepted.add(c.mention());
            }
        }
        return accepted;
    }

    private Candidate match(String text, List<TextToken> run, PersonName person, Predicate<String> trusted) {
        int[] assigned = new int[person.size()];
        char[] kind = new char[person.size()];
        boolean[] used = new boolean[run.size()];
        for (int j = 0; j < person.size(); j++) {
            assigned[j] = -1;
            for (char wanted : new char[]{'E', 'T', 'I'}) {
                for (int i = 0; i < run.size() && assigned[j] < 0; i++) {
                    TextToken t = run.get(i);
                    if (!used[i] && !t.particle() && relates(t, person.folded().get(j), wanted, trusted)) {
                        assigned[j] = i;
                        kind[j] = wanted;
                        used[i] = true;
                    }
                }
                if (assigned[j] >= 0) {
                    break;
                }
            }
        }
        if (assigned[0] < 0) {
            return null;
        }
        int exact = 0;
        int typos = 0;
        int initials = 0;
        int others = 0;
        for (int j = 0; j < person.size(); j++) {
            if (assigned[j] < 0) {
                continue;
            }
            switch (kind[j]) {
                case 'E' -> exact++;
                case 'T' -> typos++;
                default -> initials++;
            }
            if (j > 0 && kind[j] != 'I') {
                others++;
            }
        }
        if (others == 0 || exact == 0 || typos > 1 || (typos == 1 && initials > 0 && !longTypo(run, assigned, kind))) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int a : assigned) {
            if (a >= 0) {
                first = Math.min(first, a);
                last = Math.max(last, a);
            }
        }
        Set<NameVariant> variants = EnumSet.noneOf(NameVariant.class);
        int extra = 0;
        for (int i = first; i <= last; i++) {
            if (!used[i] && !run.get(i).particle()) {
                extra++;
            }
        }
        if (extra > 0) {
            variants.add(NameVariant.LONGER);
        }
        for (int j = 0; j < person.size(); j++) {
            if (assigned[j] < 0) {
                variants.add(NameVariant.SHORTER);
                continue;
            }
            TextToken t = run.get(assigned[j]);
            switch (kind[j]) {
                case 'T' -> variants.add(NameVariant.TYPO);
                case 'I' -> variants.add(NameVariant.INITIAL);
                default -> {
                    if (!t.raw().toLowerCase(Locale.ROOT).equals(person.raw().get(j).toLowerCase(Locale.ROOT))) {
                        variants.add(NameVariant.ACCENTS);
                    }
                }
            }
        }
        int start = run.get(first).start();
        int end = run.get(last).end();
        double score = 3.0 * exact + 2.0 * typos + initials - 0.5 * extra;
        return new Candidate(new NameMention(person.personId(), start, end, text.substring(start, end), variants), score);
    }

    /** A slip in a long word ("TURSIOS") still counts beside an initial; in a short one it could be another name. */
    private static boolean longTypo(List<TextToken> run, int[] assigned, char[] kind) {
        for (int j = 0; j < kind.length; j++) {
            if (kind[j] == 'T' && assigned[j] >= 0 && run.get(assigned[j]).folded().length() >= 6) {
                return true;
            }
        }
        return false;
    }

    private boolean relates(TextToken t, String personWord, char wanted, Predicate<String> trusted) {
        return switch (wanted) {
            case 'E' -> !t.initial() && t.folded().equals(personWord);
            case 'T' -> !t.initial() && !everyNameWord.contains(t.folded()) && trusted.test(t.raw())
                    && TokenSimilarity.likelyTypo(t.folded(), personWord);
            default -> t.initial() && personWord.startsWith(t.folded());
        };
    }

    private record Candidate(NameMention mention, double score) {
    }
}
