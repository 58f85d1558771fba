package org.hardshipbinder.model;

import java.time.LocalDate;

/** How much of a date the text gives: the day ("May 25, 2023"), only the month ("March 2013") or only the year. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Whether two dates agree as far as the less precise of them goes. */
    public static boolean agree(LocalDate a, DatePrecision pa, LocalDate b, DatePrecision pb) {
        DatePrecision coarser = pa.ordinal() >= pb.ordinal() ? pa : pb;
        return switch (coarser) {
            case DAY -> a.equals(b);
            case MONTH -> a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
            case YEAR -> a.getYear() == b.getYear();
        };
    }
}
