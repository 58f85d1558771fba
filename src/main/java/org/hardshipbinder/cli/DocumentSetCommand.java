package org.hardshipbinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.factors.DocumentFactsChange;
import org.hardshipbinder.factors.DocumentFactsResult;
import org.hardshipbinder.model.SourceKind;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true)
final class DocumentSetCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long documentId;
    @Option(names = "--title", paramLabel = "T")
    String title;
    @Option(names = "--type", paramLabel = "T")
    String type;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;
    @Option(names = "--approximate")
    Boolean approximate;
    @Option(names = "--source", paramLabel = "S")
    String source;
    @Option(names = "--author", paramLabel = "NAME")
    String author;
    @Option(names = "--language", paramLabel = "ISO")
    String language;
    @Option(names = "--translation-of", paramLabel = "ID")
    Long translationOf;
    @Option(names = "--person", paramLabel = "ID", split = ",")
    List<Long> people;

    DocumentSetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SourceKind parsedSource = source == null ? null : SourceKind.fromCode(source).orElseThrow(() ->
                new IllegalArgumentException(context.get("cli.document.set.unknownSource", source)));
        DocumentFactsChange change = new DocumentFactsChange(title, type == null ? null : type.strip(),
                PersonCommand.Add.parseDate(context, date), approximate, parsedSource, author,
                language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT), translationOf, people);
        DocumentFactsResult result = context.services(AccessMode.READ_WRITE).factors().documentFactsService()
                .change(documentId, change);
        if (result instanceof DocumentFactsResult.Refused refused) {
            context.err().println(context.error(context.text(refused.reason())));
            return ExitCodes.USAGE;
        }
        context.out().println(documentId);
        return ExitCodes.OK;
    }
}
