package org.hardshipbinder.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.checks.facts.DocumentFacts;
import org.hardshipbinder.checks.facts.Period;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.Fact;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "facts", mixinStandardHelpOptions = true)
final class DocumentFactsCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "id")
    long documentId;
    @Option(names = "--json")
    boolean json;

    DocumentFactsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Services services = context.services(AccessMode.READ_ONLY);
        Messages messages = context.messages();
        DocumentFacts facts = services.checks().documentFacts(documentId)
                .orElseThrow(() -> new IllegalArgumentException(messages.get("document.text.noDocument", documentId)));
        Map<Long, String> names = new LinkedHashMap<>();
        services.documents().find(documentId).ifPresent(d ->
                services.people().listForCase(d.caseId()).forEach(p -> names.put(p.id(), p.name())));
        List<Fact> shown = facts.facts().stream().filter(f -> f.kind() != FactKind.PERSON_NAME)
                .sorted(java.util.Comparator.comparingInt((Fact f) -> f.span().page()).thenComparingInt(f -> f.span().start()))
                .toList();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("document", documentId);
            out.put("facts", shown.stream().map(f -> row(f, names)).toList());
            context.printJson(out);
            return ExitCodes.OK;
        }
        if (shown.isEmpty()) {
            context.out().println(messages.get("facts.none", documentId));
            return ExitCodes.OK;
        }
        context.out().println(messages.get("facts.header"));
        for (Fact f : shown) {
            context.out().println(messages.get("facts.row", String.valueOf(f.span().page()), String.valueOf(f.span().start()), String.valueOf(f.span().end()),
                    messages.get("facts.kind." + code(f.kind())), shownValue(f, messages),
                    f.personId() == null ? "" : names.getOrDefault(f.personId(), "#" + f.personId()),
                    f.span().text().replaceAll("\\s+", " ")));
        }
        return ExitCodes.OK;
    }

    private static String shownValue(Fact f, Messages messages) {
        if (f.kind() == FactKind.INCOME) {
            long perPeriod = Long.parseLong(f.value()) / Period.valueOf(f.context()).yearly(1);
            return messages.get("facts.income", String.format(Locale.US, "%,.2f", perPeriod / 100.0),
                    messages.get("facts.period." + f.context().toLowerCase(Locale.ROOT)));
        }
        if (f.kind() == FactKind.AGE) {
            return f.date() == null ? messages.get("facts.age", f.value()) : messages.get("facts.ageOn", f.value(), f.date().toString());
        }
        if (f.date() != null) {
            String date = switch (f.precision()) {
                case MONTH -> f.date().toString().substring(0, 7);
                case YEAR -> f.date().toString().substring(0, 4);
                default -> f.date().toString();
            };
            return f.alternativeDate() == null ? date : messages.get("facts.orDate", date, f.alternativeDate().toString());
        }
        return f.value();
    }

    private static Map<String, Object> row(Fact f, Map<Long, String> names) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", code(f.kind()));
        row.put("value", f.value());
        if (f.date() != null) {
            row.put("date", f.date().toString());
            row.put("precision", f.precision().name().toLowerCase(Locale.ROOT));
        }
        if (f.alternativeDate() != null) {
            row.put("alternative_date", f.alternativeDate().toString());
        }
        if (f.kind() == FactKind.INCOME) {
            row.put("period", f.context().toLowerCase(Locale.ROOT));
        }
        row.put("person", f.personId());
        row.put("person_name", f.personId() == null ? null : names.get(f.personId()));
        row.put("page", f.span().page());
        row.put("start", f.span().start());
        row.put("end", f.span().end());
        row.put("text", f.span().text());
        return row;
    }

    private static String code(FactKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
