package org.hardshipbinder.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hardshipbinder.checks.preflight.FutureDatedPageCheck;
import org.hardshipbinder.model.Finding;
import org.junit.jupiter.api.Test;

/** A page dated after today inside a document whose own date is not, and planned events that never count. */
class FutureDatedPageCheckTest {

    private static final String STUB = "EARNINGS STATEMENT\nPay period: 05/01/2026 - 05/14/2026   Pay date: 05/20/2026\nGross 900.00";

    @Test
    void aLetterDatedInTheFutureInsideABatchScanIsFound() {
        Evidence e = Evidence.waiver();
        e.doc(STUB, "Lindale Tool Works\nMay 28, 2029\n\nTo whom it may concern:\nMr. Ruiz has worked here since 2019.")
                .date(LocalDate.of(2026, 5, 20));
        assertThat(e.run(new FutureDatedPageCheck())).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("CHRONOLOGY");
            assertThat(f.pages()).extracting(Finding.PageRef::page).containsExactly(2);
        });
    }

    @Test
    void plannedEventsAndDocumentsAlreadyDatedInTheFutureAreNotPageFindings() {
        Evidence e = Evidence.waiver();
        e.doc(STUB, "Lindale Clinic\nMay 28, 2026\n\nHer next appointment is scheduled for January 9, 2027.")
                .date(LocalDate.of(2026, 5, 28));
        e.doc("Lease\nThe term ends on August 31, 2027.", "Signed on May 1, 2026").date(LocalDate.of(2026, 5, 1));
        e.doc(STUB, "Acme\nMay 28, 2029").date(LocalDate.of(2029, 5, 28));
        assertThat(e.run(new FutureDatedPageCheck())).isEmpty();
    }
}
