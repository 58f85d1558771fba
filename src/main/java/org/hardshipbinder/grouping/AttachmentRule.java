package org.hardshipbinder.grouping;

import java.util.Optional;
import org.hardshipbinder.text.TextFold;

/**
 * A page that opens with a certificate about the page before (a translator's certificate, an apostille) belongs to
 * the paper it certifies, although it begins with a title of its own.
 */
final class AttachmentRule implements BoundaryRule {

    @Override
    public Optional<Evidence> judge(Boundary b) {
        if (b.after().attachment().isEmpty() || (translatorsCertificate(b.after()) && otherLanguageBefore(b))) {
            return Optional.empty();
        }
        return Optional.of(Evidence.same(2.5, "grouping.reason.certifiesBefore", b.after().attachment()));
    }

    private static boolean translatorsCertificate(PageProfile page) {
        String folded = TextFold.compact(page.attachment());
        return folded.contains("transl") || folded.contains("tradu");
    }

    /**
     * A translator's certificate vouches for the text in its own language; a page before it in another language or script (read
     * without a model) is the original, and the certificate opens its translation.
     */
    private static boolean otherLanguageBefore(Boundary b) {
        String before = b.before().language();
        String after = b.after().language();
        return b.before().noModel() || (before != null && after != null && !before.equals(after));
    }
}
