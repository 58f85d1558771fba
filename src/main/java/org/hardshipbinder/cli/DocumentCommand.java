package org.hardshipbinder.cli;

import picocli.CommandLine.Command;

@Command(name = "document", mixinStandardHelpOptions = true,
        subcommands = {DocumentTextCommand.class, DocumentSetCommand.class, DocumentFactsCommand.class,
                DocumentEditCommands.Merge.class, DocumentEditCommands.Split.class, DocumentEditCommands.Reorder.class,
                DocumentEditCommands.Delete.class})
final class DocumentCommand {
}
