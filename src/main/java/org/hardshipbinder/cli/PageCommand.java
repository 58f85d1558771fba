package org.hardshipbinder.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code page turn | move | remove}: one page of a document, by its number in the document (1, 2, …). */
@Command(name = "page", mixinStandardHelpOptions = true, description = "Turn, move or remove one page of a document.",
        subcommands = {PageCommand.Turn.class, PageCommand.Move.class, PageCommand.Remove.class})
final class PageCommand {

    @Command(name = "turn", mixinStandardHelpOptions = true,
            description = "Turn a page clockwise by 90, 180 or 270 degrees; kept, and it wins over the detected orientation.")
    static final class Turn implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "DOC")
        long document;
        @Parameters(index = "1", paramLabel = "PAGE")
        int page;
        @Parameters(index = "2", paramLabel = "90|180|270")
        int degrees;

        Turn(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            return EditOutput.print(context, services.pageEdits().turn(EditOutput.page(services, document, page).id(), degrees),
                    false);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a page to another document (or elsewhere in its own), at position --at (default: at the end).")
    static final class Move implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "DOC")
        long document;
        @Parameters(index = "1", paramLabel = "PAGE")
        int page;
        @Option(names = "--to", required = true, paramLabel = "DOC")
        long target;
        @Option(names = "--at", paramLabel = "N")
        Integer at;

        Move(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            long pageId = EditOutput.page(services, document, page).id();
            return EditOutput.print(context, services.pageEdits().movePages(List.of(pageId), target, at), false);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Move a page to the case's trash: its text leaves the search; the document closes up.")
    static final class Remove implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "DOC")
        long document;
        @Parameters(index = "1", paramLabel = "PAGE")
        int page;

        Remove(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Services services = context.services(AccessMode.READ_WRITE);
            long pageId = EditOutput.page(services, document, page).id();
            return EditOutput.print(context, services.pageEdits().removePages(List.of(pageId)), false);
        }
    }
}
