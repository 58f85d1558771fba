package org.hardshipbinder.checks.contradiction;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.model.DatePrecision;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;

/**
 * Whether an age fits a birth date. An age holds on the date its sentence gives, else on a date the document gives
 * itself or records as its event (a certificate's ages are the ages on the wedding day); it fits when some reading
 * of the birth date gives that age on one of those dates, or up to {@value #WRITTEN_BEFORE} days before it (a letter
 * drafted before it was dated).
 */
final class AgeOnDate {

    static final int WRITTEN_BEFORE = 45;

    private AgeOnDate() {
    }

    static boolean fits(CaseEvidence evidence, Fact age, List<Fact> births) {
        List<LocalDate> when = referenceDates(evidence, age);
        if (when.isEmpty()) {
            return true;
        }
        int years = Integer.parseInt(age.value());
        DatePrecision precision = age.date() != null ? age.precision() : DatePrecision.DAY;
        for (Fact birth : births) {
            for (LocalDate born : birth.readings()) {
                for (LocalDate on : when) {
                    LocalDate last = precision == DatePrecision.MONTH ? on.withDayOfMonth(on.lengthOfMonth()) : on;
                    LocalDate first = on.minusDays(WRITTEN_BEFORE);
                    if (ageOn(born, first) <= years && years <= ageOn(born, last)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The dates an age may be stated for; empty when the document gives none. */
    static List<LocalDate> referenceDates(CaseEvidence evidence, Fact age) {
        if (age.date() != null) {
            return List.of(age.date());
        }
        List<LocalDate> dates = new ArrayList<>();
        DocumentEvidence d = evidence.document(age.documentId()).orElse(null);
        if (d == null) {
            return dates;
        }
        if (d.document().metadata().date() != null) {
            dates.add(d.document().metadata().date());
        }
        d.facts().facts().stream()
                .filter(f -> (f.kind() == FactKind.DOCUMENT_DATE || f.kind() == FactKind.MARRIAGE_DATE) && f.fullDate())
                .map(Fact::date).filter(Objects::nonNull).forEach(dates::add);
        return dates.stream().distinct().toList();
    }

    private static int ageOn(LocalDate born, LocalDate on) {
        return on.isBefore(born) ? -1 : Period.between(born, on).getYears();
    }
}
