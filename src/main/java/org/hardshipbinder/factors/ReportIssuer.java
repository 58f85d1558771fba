package org.hardshipbinder.factors;

import java.util.Set;
import java.util.regex.Pattern;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.text.TextFold;

/**
 * Who speaks in a report on a country: a government body (a foreign ministry, a department of state, an embassy, a
 * parliament's research service) is an official source; anyone else (a non-governmental organization, a monitor, a
 * university, a newspaper) a third party. Decided by the report's heading, where its publisher names itself.
 */
final class ReportIssuer {

    /** The types whose source is their publisher's. */
    static final Set<String> REPORT_TYPES = Set.of("country_report", "news_article");
    private static final int HEADING_LINES = 8;
    private static final Pattern GOVERNMENT = Pattern.compile("\\b(department of state|state department|"
            + "(u\\.? ?s\\.?|united states) department|ministry|ministerio|ministere|ministerio|government of|"
            + "gobierno de|governo d[eao]|home office|foreign office|foreign affairs|embassy|embajada|embaixada|"
            + "consulate|consulado|congressional research service|library of congress|parliament|"
            + "immigration and refugee board|citizenship and immigration|federal office|secretaria de estado)\\b");

    private ReportIssuer() {
    }

    static SourceKind of(String text) {
        String head = TextFold.fold(SuggestionEngine.heading(text, HEADING_LINES));
        return GOVERNMENT.matcher(head).find() ? SourceKind.OFFICIAL : SourceKind.THIRD_PARTY;
    }
}
