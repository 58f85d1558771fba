package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hardshipbinder.grouping.Files.pdf;
import static org.hardshipbinder.grouping.Files.photo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestion rules on generated photo series and batch scans (fictional papers, text as OCR gives it). */
class GroupingEngineTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 10, 10, 12, 0, 0);
    private final GroupingEngine engine = GroupingEngine.standard();

    @Test
    void aPhotoSeriesTakenSecondsApartIsJoinedInOrderAndALaterPhotoIsNot() {
        List<String> declaration = new GeneratedPapers(1).declaration(3);
        List<FileFacts> files = List.of(
                photo(1, "IMG_0101.JPG", NOON, declaration.get(0)),
                photo(2, "IMG_0102.JPG", NOON.plusSeconds(9), declaration.get(1)),
                photo(3, "IMG_0103.JPG", NOON.plusSeconds(17), declaration.get(2)),
                photo(4, "IMG_0104.JPG", NOON.plusHours(3), new GeneratedPapers(2).letter(1).get(0)));

        List<GroupingSuggestion> suggestions = engine.suggest(files);

        assertThat(suggestions).singleElement().isInstanceOfSatisfying(MergeSuggestion.class, m -> {
            assertThat(m.documentIds()).containsExactly(1L, 2L, 3L);
            assertThat(m.confidence()).isGreaterThan(0.8);
            assertThat(m.judgments()).allSatisfy(j -> assertThat(j.evidence())
                    .anySatisfy(e -> assertThat(e.reason().key()).isEqualTo("grouping.reason.takenSeconds")));
        });
    }

    @Test
    void photosWithoutACaptureTimeAreJoinedByTheirPageNumbers() {
        List<String> statement = new GeneratedPapers(3).statement(2);
        List<FileFacts> files = List.of(photo(7, "statement b.jpg", null, statement.get(1)),
                photo(6, "statement a.jpg", null, statement.get(0)));

        assertThat(engine.suggest(files)).singleElement().isInstanceOfSatisfying(MergeSuggestion.class,
                m -> assertThat(m.documentIds()).containsExactly(6L, 7L));
    }

    @Test
    void aBatchScanIsCutAtEveryNewPaperAndItsBlankPageDropped() {
        GeneratedPapers papers = new GeneratedPapers(4);
        List<String> pages = new ArrayList<>(papers.letter(2));
        pages.add("");
        pages.add(papers.form());
        pages.addAll(papers.statement(2));

        List<GroupingSuggestion> suggestions = engine.suggest(List.of(pdf(9, "Scan0042.pdf", pages)));

        assertThat(suggestions).singleElement().isInstanceOfSatisfying(SplitSuggestion.class, s -> {
            assertThat(s.parts()).containsExactly(List.of(1, 2), List.of(4), List.of(5, 6));
            assertThat(s.blankPages()).containsExactly(3);
            assertThat(s.cutBefore()).containsExactly(4, 5);
            assertThat(s.key()).isEqualTo("split:9:1-2,4-4,5-6:drop3");
        });
    }

    @Test
    void aTranslatorsCertificateOnItsOwnPageStaysWithTheTranslation() {
        assertThat(engine.suggest(List.of(pdf(1, "translation.pdf", new GeneratedPapers(5).translationWithCertificate()))))
                .isEmpty();
    }

    @Test
    void anOriginalAndItsTranslationScannedTogetherAreTwoPapers() {
        GeneratedPapers papers = new GeneratedPapers(6);
        FileFacts scan = new FileFacts(3, "certificate + translation.pdf", org.hardshipbinder.model.MediaType.PDF, null,
                List.of(new PageFacts(1, papers.spanishCertificate(), "es", 93.0, 612, 792),
                        new PageFacts(2, papers.translationWithCertificate().get(0), "en", 94.0, 612, 792),
                        new PageFacts(3, papers.translationWithCertificate().get(1), "en", 94.0, 612, 792)));

        assertThat(engine.suggest(List.of(scan))).singleElement().isInstanceOfSatisfying(SplitSuggestion.class,
                s -> assertThat(s.parts()).containsExactly(List.of(1), List.of(2, 3)));
    }

    @Test
    void twoPhotosOfTheSamePageAreCopiesNotPages() {
        String page = new GeneratedPapers(7).letter(1).get(0);
        List<FileFacts> files = List.of(photo(1, "IMG_2001.JPG", NOON, page), photo(2, "IMG_2002.JPG", NOON.plusSeconds(5), page));

        assertThat(engine.suggest(files)).isEmpty();
    }

    @Test
    void scansOfDifferentPapersMadeMinutesApartStayApart() {
        GeneratedPapers papers = new GeneratedPapers(8);
        List<FileFacts> files = List.of(
                pdf(1, "img20260314_09150211.pdf", NOON, List.of(papers.spanishCertificate()), "es"),
                pdf(2, "img20260314_09171904.pdf", NOON.plusMinutes(2), papers.letter(2), "en"),
                pdf(3, "img20260314_09220635.pdf", NOON.plusMinutes(7), papers.declaration(2), "en"));

        assertThat(engine.suggest(files)).isEmpty();
    }

    @Test
    void aPaperThatIsAlreadyWholeGetsNoSuggestion() {
        GeneratedPapers papers = new GeneratedPapers(9);
        assertThat(engine.suggest(List.of(pdf(1, "letter.pdf", papers.letter(3)), pdf(2, "decl.pdf", papers.declaration(3)),
                pdf(3, "statement.pdf", papers.statement(3))))).isEmpty();
    }
}
