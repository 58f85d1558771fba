package org.hardshipbinder.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.hardshipbinder.factors.TagResult;
import org.hardshipbinder.model.Scenario;
import org.hardshipbinder.model.Tag;
import org.hardshipbinder.model.TagOrigin;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tag", mixinStandardHelpOptions = true)
final class TagCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--doc", required = true, paramLabel = "ID")
    long documentId;
    @Option(names = "--factor", required = true, paramLabel = "CODE")
    String factor;
    @Option(names = "--person", paramLabel = "ID")
    Long personId;
    @Option(names = "--scenario", paramLabel = "S")
    String scenario;
    @Option(names = "--remove")
    boolean remove;

    TagCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Scenario parsed = scenario == null ? null : Scenario.fromCode(scenario).orElseThrow(() ->
                new IllegalArgumentException(context.get("cli.unknownScenario", scenario)));
        if (remove) {
            return remove(parsed);
        }
        TagResult result = context.services(AccessMode.READ_WRITE).factors().tagging()
                .tag(documentId, factor.strip(), personId, parsed, TagOrigin.USER);
        if (result instanceof TagResult.Refused refused) {
            context.err().println(context.error(context.text(refused.reason())));
            return ExitCodes.USAGE;
        }
        context.out().println(((TagResult.Tagged) result).tag().id());
        return ExitCodes.OK;
    }

    private int remove(Scenario parsed) {
        var tags = context.services(AccessMode.READ_WRITE).tags();
        List<Tag> matching = tags.forDocument(documentId).stream()
                .filter(t -> t.factor().equals(factor.strip()) && Objects.equals(t.personId(), personId))
                .filter(t -> parsed == null || t.scenario() == parsed).toList();
        if (matching.isEmpty()) {
            context.err().println(context.error(context.text(UserMessage.of("factors.tag.noneToRemove", factor,
                    String.valueOf(documentId)))));
            return ExitCodes.USAGE;
        }
        matching.forEach(t -> {
            tags.remove(t.id());
            context.out().println(t.id());
        });
        return ExitCodes.OK;
    }
}
