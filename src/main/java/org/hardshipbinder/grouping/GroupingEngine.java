package org.hardshipbinder.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.grouping.GroupingSuggestion.Judgment;

/**
 * Proposes where the papers in a set of imported files begin and end. Every boundary between two pages is scored
 * by the rules (positive: the same paper); the pages of one file start out together and consecutive files apart,
 * so it takes signs to cut a file or to join two. A file cut in parts is not joined to its neighbours.
 */
public final class GroupingEngine {

    /** The pages of one file belong together unless the signs say otherwise. */
    static final double WITHIN_FILE = 1.0;
    /** Two files are two papers unless the signs say otherwise. */
    static final double ACROSS_FILES = -1.5;
    /** How sure a blank page is blank. */
    static final double BLANK_CONFIDENCE = 0.9;

    private final PageProfiler profiler;
    private final List<BoundaryRule> rules;

    public GroupingEngine(PageProfiler profiler, List<BoundaryRule> rules) {
        this.profiler = profiler;
        this.rules = List.copyOf(rules);
    }

    public static GroupingEngine standard() {
        return new GroupingEngine(new PageProfiler(), List.of(new PageNumberRule(), new RunningTextRule(),
                new NumberedParagraphsRule(), new AttachmentRule(), new ShortTailRule(), new HeaderRule(), new OpeningRule(), new ClosingRule(), new NoEndingRule(), new DateRule(),
                new LanguageRule(), new TranslationStartRule(), new SameScriptRule(), new ReadingQualityRule(), new PaperRule(), new CopyRule(), new BlankBetweenRule(),
                new CaptureTimeRule(), new FileSequenceRule(), new FileKindRule()));
    }

    public List<GroupingSuggestion> suggest(List<FileFacts> files) {
        List<FileFacts> ordered = files.stream().sorted(new FileOrder()).toList();
        Map<Long, List<PageProfile>> written = new HashMap<>();
        List<GroupingSuggestion> splits = new ArrayList<>();
        for (FileFacts file : ordered) {
            List<PageProfile> pages = file.pages().stream().map(profiler::profile).toList();
            if (pages.stream().allMatch(PageProfile::blank)) {
                continue;
            }
            SplitSuggestion split = split(file, pages);
            if (split == null || split.parts().size() == 1) {
                written.put(file.documentId(), pages.stream().filter(p -> !p.blank()).toList());
            }
            if (split != null) {
                splits.add(split);
            }
        }
        List<GroupingSuggestion> all = new ArrayList<>(merges(ordered, written));
        all.addAll(splits);
        return all;
    }

    private SplitSuggestion split(FileFacts file, List<PageProfile> pages) {
        List<Integer> blanks = pages.stream().filter(PageProfile::blank).map(PageProfile::number).toList();
        List<List<Integer>> parts = new ArrayList<>();
        List<Judgment> cuts = new ArrayList<>();
        List<Integer> part = new ArrayList<>();
        PageProfile previous = null;
        int blanksSince = 0;
        for (PageProfile page : pages) {
            if (page.blank()) {
                blanksSince++;
                continue;
            }
            if (previous != null) {
                Judgment j = judge(new Boundary(previous, page, file, file, blanksSince), WITHIN_FILE);
                if (j.score() < 0) {
                    cuts.add(j);
                    parts.add(part);
                    part = new ArrayList<>();
                }
            }
            part.add(page.number());
            previous = page;
            blanksSince = 0;
        }
        parts.add(part);
        if (cuts.isEmpty() && blanks.isEmpty()) {
            return null;
        }
        double confidence = cuts.stream().mapToDouble(j -> GroupingSuggestion.confidenceOf(j.score()))
                .min().orElse(BLANK_CONFIDENCE);
        return new SplitSuggestion(file.documentId(), parts, blanks, confidence, cuts);
    }

    private List<MergeSuggestion> merges(List<FileFacts> ordered, Map<Long, List<PageProfile>> whole) {
        List<MergeSuggestion> merges = new ArrayList<>();
        List<Long> chain = new ArrayList<>();
        List<Judgment> links = new ArrayList<>();
        for (int i = 0; i + 1 < ordered.size(); i++) {
            FileFacts a = ordered.get(i);
            FileFacts b = ordered.get(i + 1);
            List<PageProfile> pa = whole.get(a.documentId());
            List<PageProfile> pb = whole.get(b.documentId());
            Judgment link = pa == null || pb == null ? null
                    : judge(new Boundary(pa.get(pa.size() - 1), pb.get(0), a, b, 0), ACROSS_FILES);
            if (link != null && link.score() > 0) {
                if (chain.isEmpty()) {
                    chain.add(a.documentId());
                }
                chain.add(b.documentId());
                links.add(link);
            } else if (!chain.isEmpty()) {
                merges.add(merge(chain, links));
                chain = new ArrayList<>();
                links = new ArrayList<>();
            }
        }
        if (!chain.isEmpty()) {
            merges.add(merge(chain, links));
        }
        return merges;
    }

    private static MergeSuggestion merge(List<Long> chain, List<Judgment> links) {
        double confidence = links.stream().mapToDouble(j -> GroupingSuggestion.confidenceOf(j.score())).min().orElse(0.5);
        return new MergeSuggestion(chain, confidence, links);
    }

    private Judgment judge(Boundary boundary, double prior) {
        List<Evidence> evidence = new ArrayList<>();
        for (BoundaryRule rule : rules) {
            rule.judge(boundary).ifPresent(evidence::add);
        }
        double score = prior + evidence.stream().mapToDouble(Evidence::weight).sum();
        evidence.sort((x, y) -> Double.compare(Math.abs(y.weight()), Math.abs(x.weight())));
        return new Judgment(boundary.beforeFile().documentId(), boundary.before().number(),
                boundary.afterFile().documentId(), boundary.after().number(), score, evidence);
    }
}
