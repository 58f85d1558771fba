package org.hardshipbinder.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageProfilerTest {

    private final PageProfiler profiler = new PageProfiler();

    private PageProfile profile(String text) {
        return profiler.profile(new PageFacts(1, text, "en", 95.0, 612, 792));
    }

    @Test
    void readsPrintedPageNumbersInSeveralForms() {
        assertThat(profile("Some header line\nbody text of the page goes here\nPage 2 of 3").marker()).isEqualTo(new PageMarker(2, 3));
        assertThat(profile("Título del documento\ncuerpo del texto de esta página\nPágina 1 de 4").marker()).isEqualTo(new PageMarker(1, 4));
        assertThat(profile("Heading of the paper\nsome words on the page\n- 3 -").marker()).isEqualTo(new PageMarker(3, 0));
        assertThat(profile("Heading of the paper\nsome words on the page\n2/5").marker()).isEqualTo(new PageMarker(2, 5));
        assertThat(profile("Heading of the paper\nsome words on the page\nwithout any number").marker()).isNull();
    }

    @Test
    void aPageWithoutWordsOrSayingItIsBlankIsBlank() {
        assertThat(profile("").blank()).isTrue();
        assertThat(profile(" . ,, | ~ ").blank()).isTrue();
        assertThat(profile("This page intentionally left blank").blank()).isTrue();
        assertThat(profile("A short note with enough letters to be a page").blank()).isFalse();
    }

    @Test
    void findsHowAPaperBeginsAndEnds() {
        PageProfile letter = profile("""
                GREENFIELD VALLEY CLINIC
                12 Orchard Row, Millbrook - Tel. (555) 555-0199
                March 3, 2026
                To whom it may concern:
                The patient has been seen here since last year and needs daily care at home.
                We ask that this be taken into account in the decision about the family.
                Her treatment will continue for at least two more years at this clinic.
                Sincerely,
                Dr. Imaginary Person""");

        assertThat(letter.heading()).isEqualTo("GREENFIELD VALLEY CLINIC");
        assertThat(letter.salutation()).isEqualTo("To whom it may concern:");
        assertThat(letter.letterhead()).isTrue();
        assertThat(letter.closing()).isEqualTo("Sincerely,");
        assertThat(letter.topDate()).hasToString("2026-03-03");
    }

    @Test
    void findsASentenceLeftOpenAndOneFinishedInLowerCase() {
        assertThat(profile("Heading\nthe family has lived in this town for many years and the children").endsOpen()).isTrue();
        assertThat(profile("Heading\nthe family has lived in this town for many years.").endsOpen()).isFalse();
        assertThat(profile("and goes to the same school since the first grade.\nMore text.").startsLower()).isTrue();
        assertThat(profile("4. My health has been poor since the stroke last year.").paragraphs())
                .isEqualTo(new PageProfile.Paragraphs(4, 4));
    }
}
