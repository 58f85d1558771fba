package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.hardshipbinder.model.MediaType;
import org.junit.jupiter.api.Test;

/** Pages in a script no model reads keep only their numbers; their script, shape and capture time still group them. */
class NoModelPagesGroupingTest {

    private static final LocalDateTime EVENING = LocalDateTime.of(2026, 3, 4, 19, 30, 0);
    private final GroupingEngine engine = GroupingEngine.standard();

    private static PageFacts noModel(int number, String numbers, double w, double h) {
        return new PageFacts(number, numbers, "el", 41.0, w, h, true);
    }

    private static FileFacts photo(long id, String name, LocalDateTime taken, String numbers) {
        return new FileFacts(id, name, MediaType.JPEG, taken,
                List.of(noModel(1, numbers, Files.PHOTO_W, Files.PHOTO_H)));
    }

    @Test
    void twoPhotosInAnUnreadScriptTakenSecondsApartAreJoined() {
        List<FileFacts> files = List.of(photo(3, "chat_photo_a.jpg", EVENING, "14 03 2025 12 7,5"),
                photo(4, "chat_photo_b.jpg", EVENING.plusSeconds(5), "0,9 250 17.03.2025"));

        assertThat(engine.suggest(files)).singleElement().isInstanceOfSatisfying(MergeSuggestion.class,
                m -> assertThat(m.documentIds()).containsExactly(3L, 4L));
    }

    @Test
    void anUnreadOriginalFollowedByItsEnglishTranslationIsSplit() {
        String translation = """
                CERTIFIED TRANSLATION
                Translated from Greek into English
                Municipality of Kato Ormos, Civil Registry Office
                Certificate of residence No. 4471
                It is hereby certified that Mr. Stavros Pellas, born on 2 May 1981, has resided at
                12 Lemon Tree Street since 2010 and continues to reside there as of the date of this certificate.
                Issued at the request of the person concerned for any lawful use.
                The Registrar, signature and seal.
                I, Ada Kord, certify that I am competent to translate from Greek into English and that the above
                is a complete and accurate translation of the attached document.
                """;
        FileFacts pdf = new FileFacts(8, "certificate and translation.pdf", MediaType.PDF, null, List.of(
                noModel(1, "4471 02.05.1981 12 2010", Files.LETTER_W, Files.LETTER_H),
                new PageFacts(2, translation, "en", 93.0, Files.LETTER_W, Files.LETTER_H)));

        assertThat(engine.suggest(List.of(pdf))).singleElement().isInstanceOfSatisfying(SplitSuggestion.class,
                s -> assertThat(s.parts()).containsExactly(List.of(1), List.of(2)));
    }

    @Test
    void aPageOpeningWithATranslationTitleIsProfiledAsOne() {
        PageProfile page = new PageProfiler().profile(new PageFacts(1, "Certified translation\nBirth record of Ana Lind\n"
                + "Born 3 June 2001 in the town of Westmark to Ola Lind and Bea Lind, registered the next day.", "en", 90.0,
                Files.LETTER_W, Files.LETTER_H));
        assertThat(page.translation()).isTrue();
        assertThat(new PageProfiler().profile(noModel(1, "12 2001", Files.LETTER_W, Files.LETTER_H)))
                .satisfies(p -> assertThat(p.blank()).isFalse()).satisfies(p -> assertThat(p.language()).isEqualTo("el"));
    }
}
