package org.hardshipbinder.cli;

import picocli.CommandLine.Command;

@Command(name = "document", mixinStandardHelpOptions = true,
        subcommands = {DocumentTextCommand.class, DocumentSetCommand.class})
final class DocumentCommand {
}
