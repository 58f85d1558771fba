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

@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Set what is known about a document: title, evidence type, date, source, author, language, "
                + "the document it translates, the people it concerns. Options not given stay as they are.")
final class DocumentSetCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID")
    long documentId;
    @Option(names = "--title", paramLabel = "T")
    String title;
    @Option(names = "--type", paramLabel = "T", description = "An evidence type code (medical_record, pay_stub, iep …).")
    String type;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;
    @Option(names = "--approximate", description = "The date is approximate.")
    Boolean approximate;
    @Option(names = "--source", paramLabel = "S", description = "official, third_party, family or self.")
    String source;
    @Option(names = "--author", paramLabel = "NAME", description = "Who wrote or issued it.")
    String author;
    @Option(names = "--language", paramLabel = "ISO", description = "ISO 639-1 code (en, es …) or und.")
    String language;
    @Option(names = "--translation-of", paramLabel = "ID", description = "The document this one translates.")
    Long translationOf;
    @Option(names = "--person", paramLabel = "ID", split = ",", description = "A person the document concerns (repeatable).")
    List<Long> people;

    DocumentSetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SourceKind parsedSource = source == null ? null : SourceKind.fromCode(source).orElseThrow(() ->
                new IllegalArgumentException("unknown source '" + source + "'; use official, third_party, family or self"));
        DocumentFactsChange change = new DocumentFactsChange(title, type == null ? null : type.strip(),
                PersonCommand.Add.parseDate(date), approximate, parsedSource, author,
                language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT), translationOf, people);
        DocumentFactsResult result = context.services(AccessMode.READ_WRITE).factors().documentFactsService()
                .change(documentId, change);
        if (result instanceof DocumentFactsResult.Refused refused) {
            context.err().println("error: " + context.text(refused.reason()));
            return ExitCodes.USAGE;
        }
        context.out().println(documentId);
        return ExitCodes.OK;
    }
}
