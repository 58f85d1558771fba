package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many generated batch scans and photo sessions: after every suggestion is accepted, the share of papers that come
 * out exactly as they were made (same pages, same order, blank pages gone).
 */
class GeneratedSetsAccuracyTest {

    private final GroupingEngine engine = GroupingEngine.standard();

    @Test
    void batchScansAreCutIntoTheirPapers() {
        int exact = 0;
        int papers = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            GeneratedPapers gen = new GeneratedPapers(seed);
            List<String> pages = new ArrayList<>();
            Set<List<String>> truth = new HashSet<>();
            int count = 2 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                List<String> paper = paper(gen, random);
                truth.add(paper);
                pages.addAll(paper);
                if (random.nextInt(3) == 0 && k < count - 1) {
                    pages.add(random.nextBoolean() ? "" : "   .  ,");
                }
            }
            Set<List<String>> made = new HashSet<>();
            List<GroupingSuggestion> suggestions = engine.suggest(List.of(Files.pdf(1, "batch.pdf", pages)));
            if (suggestions.isEmpty()) {
                made.add(pages);
            } else {
                for (List<Integer> part : ((SplitSuggestion) suggestions.get(0)).parts()) {
                    made.add(part.stream().map(n -> pages.get(n - 1)).toList());
                }
            }
            papers += truth.size();
            exact += (int) truth.stream().filter(made::contains).count();
        }
        assertThat((double) exact / papers).as("%d of %d papers exact", exact, papers).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void photoSessionsAreJoinedIntoTheirPapers() {
        int exact = 0;
        int papers = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            GeneratedPapers gen = new GeneratedPapers(seed);
            List<FileFacts> photos = new ArrayList<>();
            List<List<Long>> truth = new ArrayList<>();
            LocalDateTime clock = LocalDateTime.of(2026, 9, 1, 8, 0).plusDays(seed);
            long id = 1;
            boolean withTimes = random.nextInt(4) > 0;
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                List<Long> ids = new ArrayList<>();
                for (String page : paper(gen, random)) {
                    clock = clock.plusSeconds(4 + random.nextInt(20));
                    photos.add(Files.photo(id, String.format("IMG_%04d.JPG", 100 + id), withTimes ? clock : null, page));
                    ids.add(id++);
                }
                truth.add(ids);
                clock = clock.plusMinutes(30 + random.nextInt(600));
            }
            List<List<Long>> made = new ArrayList<>();
            Set<Long> merged = new HashSet<>();
            for (GroupingSuggestion s : engine.suggest(photos)) {
                made.add(((MergeSuggestion) s).documentIds());
                merged.addAll(((MergeSuggestion) s).documentIds());
            }
            photos.stream().map(FileFacts::documentId).filter(d -> !merged.contains(d)).forEach(d -> made.add(List.of(d)));
            papers += truth.size();
            exact += (int) truth.stream().filter(made::contains).count();
        }
        assertThat((double) exact / papers).as("%d of %d papers exact", exact, papers).isGreaterThanOrEqualTo(0.9);
    }

    private static List<String> paper(GeneratedPapers gen, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> gen.letter(1 + random.nextInt(3));
            case 1 -> gen.declaration(1 + random.nextInt(3));
            case 2 -> gen.statement(1 + random.nextInt(2));
            case 3 -> List.of(gen.form());
            default -> gen.translationWithCertificate();
        };
    }
}
