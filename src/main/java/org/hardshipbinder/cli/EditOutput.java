package org.hardshipbinder.cli;

import java.util.List;
import java.util.Map;
import org.hardshipbinder.editing.EditOutcome;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.wiring.Services;

/** How the editing commands answer: what was done on stdout, or why nothing was (exit 1), through the bundles. */
final class EditOutput {

    private EditOutput() {
    }

    static int print(CliContext context, EditOutcome outcome, boolean json) {
        if (outcome instanceof EditOutcome.Refused refused) {
            context.err().println(context.text(UserMessage.of("cli.edit.refused", refused.reason())));
            return ExitCodes.USAGE;
        }
        EditOutcome.Done done = (EditOutcome.Done) outcome;
        if (json) {
            context.printJson(Map.of("message", context.text(done.summary()), "documents", done.documents()));
        } else {
            context.out().println(context.text(done.summary()));
        }
        return ExitCodes.OK;
    }

    /** The page at position {@code number} of a document, as the user counts them (1, 2, …). */
    static Page page(Services services, long documentId, int number) {
        List<Page> pages = services.pages().listForDocument(documentId);
        if (services.documents().find(documentId).isEmpty()) {
            throw new IllegalArgumentException(new org.hardshipbinder.i18n.Messages(java.util.Locale.ENGLISH)
                    .format(UserMessage.of("edit.refused.noSuchDocument", documentId)));
        }
        if (number < 1 || number > pages.size()) {
            throw new IllegalArgumentException(new org.hardshipbinder.i18n.Messages(java.util.Locale.ENGLISH)
                    .format(UserMessage.of("cli.edit.noSuchPage", documentId, number, pages.size())));
        }
        return pages.get(number - 1);
    }
}
