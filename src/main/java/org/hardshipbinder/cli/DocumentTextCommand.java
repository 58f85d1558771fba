package org.hardshipbinder.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Page;
import org.hardshipbinder.model.PageText;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true)
final class DocumentTextCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long documentId;
    @Option(names = "--page", paramLabel = "N")
    Integer page;

    DocumentTextCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Services services = context.services(AccessMode.READ_ONLY);
        Optional<Document> document = services.documents().find(documentId);
        if (document.isEmpty()) {
            throw new IllegalArgumentException(context.messages().get("document.text.noDocument", documentId));
        }
        if (page == null) {
            context.out().print(services.pageTexts().documentText(documentId));
            context.out().println();
            return ExitCodes.OK;
        }
        List<Page> pages = services.pages().listForDocument(documentId);
        if (page < 1 || page > pages.size()) {
            throw new IllegalArgumentException(context.messages().get("document.text.noPage", documentId, page, pages.size()));
        }
        Optional<PageText> text = services.pageTexts().find(pages.get(page - 1).id());
        if (text.isEmpty()) {
            context.err().println(context.messages().get("document.text.noText", page));
            return ExitCodes.FINISHED_WITH_PROBLEMS;
        }
        context.out().println(text.get().text());
        return ExitCodes.OK;
    }
}
