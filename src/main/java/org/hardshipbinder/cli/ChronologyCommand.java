package org.hardshipbinder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.hardshipbinder.chronology.Chronology;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.ChronologyPdf;
import org.hardshipbinder.chronology.ChronologyText;
import org.hardshipbinder.chronology.DateConflict;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chronology --case ID [--json] [--pdf FILE]}: the case's dated facts per person, with document and page. Its
 * help texts are {@code hardship-binder.chronology.*} in the chronology bundle.
 */
@Command(name = "chronology", mixinStandardHelpOptions = true)
final class ChronologyCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", paramLabel = "ID")
    Long caseId;
    @Option(names = "--json")
    boolean json;
    @Option(names = "--pdf", paramLabel = "FILE")
    Path pdf;

    ChronologyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ChronologyText text = new ChronologyText(context.messages());
        if (caseId == null) {
            throw new IllegalArgumentException(text.get("chronology.cli.needsCase"));
        }
        Services services = context.services(AccessMode.READ_ONLY);
        Chronology chronology = services.chronology().forCase(caseId)
                .orElseThrow(() -> new IllegalArgumentException(text.get("chronology.cli.noCase", caseId)));
        if (json) {
            context.printJson(json(chronology));
        } else {
            print(chronology, text);
        }
        if (pdf != null) {
            try {
                int pages = new ChronologyPdf(text).write(chronology, LocalDate.now(services.clock()), pdf);
                (json ? context.err() : context.out()).println(text.get("chronology.cli.written", pdf, pages));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ExitCodes.OK;
    }

    private void print(Chronology chronology, ChronologyText text) {
        List<Long> order = new ArrayList<>(chronology.people().stream().map(Person::id).toList());
        order.add(null);
        for (Long personId : order) {
            List<ChronologyEvent> mine = chronology.events().stream().filter(e -> Objects.equals(e.personId(), personId)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            context.out().println(personId == null ? text.get("chronology.cli.nobody") : mine.get(0).person());
            mine.forEach(e -> context.out().println("  " + line(e, text)));
        }
        if (!chronology.conflicts().isEmpty()) {
            context.out().println(text.get("chronology.conflicts"));
            for (DateConflict c : chronology.conflicts()) {
                String readings = String.join("  ≠  ", c.readings().stream().map(r -> ChronologyText.isoDate(r.shown().date(), r.shown().precision()) + " ("
                        + String.join("; ", r.events().stream().map(e -> where(e, text)).toList()) + ")").toList());
                context.out().println("  " + text.get("chronology.cli.conflict", text.conflictTitle(c), readings));
            }
        }
        if (!chronology.undated().isEmpty()) {
            context.out().println(text.get("chronology.cli.undated"));
            chronology.undated().forEach(e -> context.out().println("  " + text.get("chronology.cli.document", e.documentId())
                    + "\t" + e.document()));
        }
        context.out().println(text.get("chronology.cli.summary", chronology.events().size(), chronology.conflicts().size(),
                chronology.undated().size()));
    }

    /** "1991-09-17  Birth  doc 3 p. 1  Birth certificate, page 1  “…born on September 17, 1991”" (2020-02 for "February 2020") */
    private static String line(ChronologyEvent e, ChronologyText text) {
        String date = ChronologyText.isoDate(e.date(), e.precision())
                + (e.alternativeDate() == null ? "" : "|" + ChronologyText.isoDate(e.alternativeDate(), e.precision()))
                + (e.approximate() ? "~" : "");
        List<String> parts = new ArrayList<>(List.of(date, text.kind(e.kind()), where(e, text), text.source(e)));
        String words = text.words(e);
        if (!words.isEmpty()) {
            parts.add(words.replaceAll("\\s+", " "));
        }
        return String.join("\t", parts);
    }

    /** "doc 3 p. 1", or where the date was recorded when no page states it. */
    private static String where(ChronologyEvent e, ChronologyText text) {
        if (e.documentId() == null) {
            return text.get("chronology.source.case");
        }
        String doc = text.get("chronology.cli.document", e.documentId());
        return e.page() == null ? doc : doc + " " + text.get("chronology.cli.page", e.page());
    }

    private static Map<String, Object> json(Chronology chronology) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("case", chronology.theCase().id());
        out.put("events", chronology.events().stream().map(e -> event(e, chronology.inConflict(e))).toList());
        out.put("conflicts", chronology.conflicts().stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.kind().code());
            row.put("person", c.personId());
            row.put("person_name", c.person());
            row.put("readings", c.readings().stream().map(r -> {
                Map<String, Object> reading = new LinkedHashMap<>();
                reading.put("date", r.date().toString());
                reading.put("precision", r.shown().precision().name().toLowerCase(java.util.Locale.ROOT));
                reading.put("events", r.events().stream().map(e -> event(e, true)).toList());
                return reading;
            }).toList());
            return row;
        }).toList());
        out.put("undated", chronology.undated().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("document", e.documentId());
            row.put("document_title", e.document());
            return row;
        }).toList());
        return out;
    }

    private static Map<String, Object> event(ChronologyEvent e, boolean conflict) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", e.date() == null ? null : e.date().toString());
        row.put("alternative_date", e.alternativeDate() == null ? null : e.alternativeDate().toString());
        row.put("precision", e.precision().name().toLowerCase(java.util.Locale.ROOT));
        row.put("approximate", e.approximate());
        row.put("kind", e.kind().code());
        row.put("person", e.personId());
        row.put("person_name", e.person());
        row.put("document", e.documentId());
        row.put("document_title", e.document());
        row.put("page", e.page());
        row.put("text", e.text());
        row.put("start", e.start());
        row.put("end", e.end());
        row.put("context", e.context());
        row.put("source", e.origin().code());
        row.put("conflict", conflict);
        return row;
    }
}
