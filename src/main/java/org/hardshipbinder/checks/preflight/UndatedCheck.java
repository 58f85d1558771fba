package org.hardshipbinder.checks.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.text.TextFold;

/**
 * A document with no date of its own: none recorded and none written on it (a date line, "Date:", an issue date, or
 * at least a month and year on their own line). Officers give undated letters little weight. A record that gives
 * only the date of its event (a marriage certificate) counts as dated unless it reads as a letter or statement;
 * photos and translations (dated by their original) are not asked for one.
 */
public final class UndatedCheck implements Check {

    private static final Pattern MONTH_YEAR_LINE = Pattern.compile(
            "(?m)^[\\p{L} .,]{0,40}?\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
                    + "(\\s+de)?,?\\s+(\\d{4})\\s*$");
    private static final Pattern LETTER = Pattern.compile(
            "\\b(dear|to whom it may concern|sincerely|respectfully|yours truly|best regards|declare|declaration|affidavit|"
                    + "a quien corresponda|estimad[oa]s?|atentamente|cordialmente|declaro|declaracion)\\b");
    private static final Pattern PHOTO = Pattern.compile("photo|foto|picture|imagen|image");

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (!d.hasText() || d.isTranslation() || PHOTO.matcher(d.evidenceType()).find() || d.date() != null) {
                continue;
            }
            String folded = TextFold.fold(d.fullText());
            if (MONTH_YEAR_LINE.matcher(folded).find()) {
                continue;
            }
            boolean anyDate = d.facts().facts().stream().anyMatch(f -> f.date() != null);
            if (anyDate && !LETTER.matcher(folded).find()) {
                // A record dated by its event (a marriage certificate, a notice) is not an undated letter.
                continue;
            }
            findings.add(Findings.of(Severity.WARNING, "UNDATED")
                    .message("checks.undated", d.title())
                    .fix("checks.undated.fix", d.id())
                    .page(d.id(), d.pageNumbers().isEmpty() ? 1 : d.pageNumbers().get(0)).build());
        }
        return findings;
    }
}
