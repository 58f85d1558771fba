package org.hardshipbinder.checks.preflight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.factors.DateDetector;
import org.hardshipbinder.factors.OwnDateFinder;
import org.hardshipbinder.factors.OwnDateFinder.Reason;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * A page that dates itself after today (its letter heading, signature or issue date), inside a document whose own
 * date is not in the future: a letter scanned in one batch with others, whose date the document's does not show.
 * Dates of planned events (an appointment, a lease's end) are not a page's own date and never count.
 */
public final class FutureDatedPageCheck implements Check {

    private static final Set<Reason> OWN = Set.of(Reason.SIGNED, Reason.LETTER_DATE, Reason.ISSUED, Reason.LABELLED,
            Reason.TRANSLATION_CERTIFICATE);
    private final OwnDateFinder ownDates = new OwnDateFinder(new DateDetector());

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        LocalDate today = evidence.today();
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            LocalDate own = d.document().metadata().date();
            if (own == null || own.isAfter(today) || d.texts().size() < 2) {
                continue;
            }
            for (PageContent page : d.texts()) {
                ownDates.find(page.text()).filter(o -> OWN.contains(o.reason()) && o.date().isAfter(today))
                        .ifPresent(o -> findings.add(Findings.of(Severity.WARNING, "CHRONOLOGY")
                                .message("checks.futurePage", d.title(), page.number(), o.date().toString())
                                .fix("checks.chronology.fix").page(d.id(), page.number()).build()));
            }
        }
        return findings;
    }
}
