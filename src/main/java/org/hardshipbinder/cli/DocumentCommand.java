package org.hardshipbinder.cli;

import picocli.CommandLine.Command;

@Command(name = "document", mixinStandardHelpOptions = true, description = "Work with one document.",
        subcommands = DocumentSetCommand.class)
final class DocumentCommand {
}
