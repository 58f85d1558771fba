package org.hardshipbinder.grouping;

import java.time.LocalDate;
import java.util.Set;

/**
 * The features of one page that say where a paper begins or ends, read from its text and size by
 * {@link PageProfiler}. Texts kept for comparison are folded (lower case, no accents); texts kept for reasons are
 * as printed.
 *
 * @param lines       how many lines of text the page has
 * @param marker      the printed page number, null when none
 * @param header      the first line folded and without digits: a letterhead or running header, "" when none
 * @param heading     a title at the top as printed ("RESIDENTIAL LEASE", "Form W-2 …"), "" when none
 * @param salutation  an opening formula in the top lines as printed ("To whom it may concern"), "" when none
 * @param letterhead  the top lines carry contact details (telephone, fax, e-mail, web address)
 * @param closing     a closing formula or signature line in the bottom lines as printed, "" when none
 * @param endsOpen    the last line of body text stops mid-sentence (no closing punctuation, or a hyphen)
 * @param startsLower the first line begins in lower case: the rest of a sentence from the page before
 * @param continued   the top lines say the page continues the one before ("(continued)", "continuación")
 * @param carriesOn   the last lines say the paper goes on ("continued on", "P.T.O.", "sigue al dorso")
 * @param attachment  a certificate that vouches for the page before, at the top ("Translator's certificate",
 *                    "Apostille"), as printed, "" when none
 * @param topDate     a date in the top lines (a letter's or notice's own date), null when none
 * @param paragraphs  the first and last numbered paragraph ("7.", "8)") on the page, null when none
 * @param language    ISO 639-1 code when the text is long enough and well read enough to tell, else null
 * @param confidence  the OCR confidence 0..100, null for a text layer
 * @param words       the distinct longer words, to tell a copy from a next page
 * @param aspect      short side over long side of the page, whichever way it is turned
 * @param noModel     the page is in a script no installed model reads: only its numbers were kept, and its
 *                    language is the one its script was recognised as
 * @param translation the top lines announce a translation ("Certified translation", "Translation from …")
 */
public record PageProfile(int number, boolean blank, int lines, PageMarker marker, String header, String heading,
                          String salutation, boolean letterhead, String closing, boolean endsOpen, boolean startsLower,
                          boolean continued, boolean carriesOn, String attachment, LocalDate topDate, Paragraphs paragraphs, String language,
                          Double confidence, Set<String> words, double aspect,
                          boolean noModel, boolean translation) {

    /** A page read with a model, not announcing a translation. */
    public PageProfile(int number, boolean blank, int lines, PageMarker marker, String header, String heading,
                       String salutation, boolean letterhead, String closing, boolean endsOpen, boolean startsLower,
                       boolean continued, boolean carriesOn, String attachment, LocalDate topDate, Paragraphs paragraphs,
                       String language, Double confidence, Set<String> words, double aspect) {
        this(number, blank, lines, marker, header, heading, salutation, letterhead, closing, endsOpen, startsLower,
                continued, carriesOn, attachment, topDate, paragraphs, language, confidence, words, aspect, false, false);
    }

    /** The numbers of the first and last numbered paragraph on a page. */
    public record Paragraphs(int first, int last) {
    }

    /** The page begins the way a document begins: a title, an opening formula or a letterhead. */
    public boolean opens() {
        return !heading.isEmpty() || !salutation.isEmpty() || letterhead;
    }

    public boolean closes() {
        return !closing.isEmpty();
    }
}
