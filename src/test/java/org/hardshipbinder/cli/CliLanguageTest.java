package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The command line speaks English or Spanish: --lang, else the system's language; help and messages alike. */
class CliLanguageTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandAndDescribedOptionHasItsHelpInBothLanguages() {
        List<String> english = described(Locale.ENGLISH);
        List<String> spanish = described(Messages.SPANISH);
        assertThat(english).hasSizeGreaterThan(100).isEqualTo(spanish);
        for (Locale locale : List.of(Locale.ENGLISH, Messages.SPANISH)) {
            forEachCommand(commandLine(locale), spec -> {
                assertThat(spec.usageMessage().description()).as("description of '%s' (%s)", spec.qualifiedName(), locale)
                        .isNotEmpty().allSatisfy(line -> assertThat(line).isNotBlank().doesNotStartWith("hardship-binder."));
            });
        }
    }

    @Test
    void helpAndMessagesInSpanishWithLang() {
        CliRun help = CliRun.raw("--lang", "es", "import", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Uso: hardship-binder import", "Importa escaneos, fotos y PDF",
                "La contraseña que abre los PDF protegidos", "Archivo de registro:");
        CliRun english = CliRun.raw("--lang", "en", "import", "--help");
        assertThat(english.out()).contains("Usage: hardship-binder import", "The password that opens protected PDFs", "Log file:");

        assertThat(CliRun.on(dir.resolve("vault"), "case", "create", "--kind", "I-601A", "--applicant", "Ana").exitCode()).isZero();
        CliRun noCase = CliRun.on(dir.resolve("vault"), "import", "--case", "9", "--lang", "es", dir.resolve("x.pdf").toString());
        assertThat(noCase.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noCase.err().strip()).isEqualTo("error: no hay ningún caso 9");
        CliRun refused = CliRun.on(dir.resolve("vault"), "--lang", "es", "import", "--case", "1", dir.resolve("missing.pdf").toString());
        assertThat(refused.out()).startsWith("rejected ").contains("no existe");
    }

    @Test
    void theEditingTrashChronologyAndFactsCommandsHelpInSpanish() {
        assertThat(CliRun.raw("--lang", "es", "document", "merge", "--help").out())
                .contains("Junta varios documentos en el primero", "Los documentos; primero el que se queda", "Muestra un objeto JSON");
        assertThat(CliRun.raw("--lang", "es", "trash", "list", "--help").out())
                .contains("Lista la papelera del caso", "Muestra un objeto JSON");
        assertThat(CliRun.raw("--lang", "es", "chronology", "--help").out())
                .contains("Muestra los datos con fecha de un caso", "El caso (obligatorio).");
        assertThat(CliRun.raw("--lang", "es", "document", "facts", "--help").out())
                .contains("Lista los datos leídos en un documento");
        assertThat(CliRun.raw("--lang", "es", "page", "turn", "--help").out()).contains("Gira una página 90, 180 o 270 grados");
        assertThat(CliRun.raw("--lang", "es", "page", "move", "--help").out())
                .contains("El documento que recibe la página", "El número de la página en el documento");
        assertThat(CliRun.raw("--lang", "en", "document", "merge", "--help").out())
                .contains("Merge documents into the first one", "The documents, the one to keep first.");
        assertThat(CliRun.raw("--lang", "en", "trash", "restore", "--help").out()).contains("The entry's id, as 'trash list' shows it.");
    }

    @Test
    void editingErrorsInSpanish() {
        CliRun tags = CliRun.on(dir.resolve("vault"), "--lang", "es", "document", "split", "1", "--at", "2", "--tags", "all");
        CliRun english = CliRun.on(dir.resolve("vault"), "--lang", "en", "document", "split", "1", "--at", "2", "--tags", "all");
        assertThat(tags.exitCode()).isEqualTo(english.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tags.err()).contains("--tags acepta each o first, no 'all'");
        assertThat(english.err()).contains("--tags takes each or first, not 'all'");
        CliRun order = CliRun.on(dir.resolve("vault"), "--lang", "es", "document", "merge", "1", "2", "--order", "7-1");
        assertThat(order.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(order.err()).contains("'7-1' no tiene la forma DOC:PAGE");
        CliRun again = CliRun.on(dir.resolve("vault"), "--lang", "es", "ocr", "--again");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("ocr --again necesita --case ID");
    }

    @Test
    void theSystemLanguageIsTheDefaultAndAnUnknownOneIsAUsageError() {
        assertThat(CliLanguage.of(new String[] {"case", "list"}, Locale.forLanguageTag("es-MX"))).contains(Messages.SPANISH);
        assertThat(CliLanguage.of(new String[] {"case", "list"}, Locale.GERMANY)).contains(Locale.ENGLISH);
        assertThat(CliLanguage.of(new String[] {"--lang=en", "case", "list"}, Locale.forLanguageTag("es"))).contains(Locale.ENGLISH);
        CliRun unknown = CliRun.raw("--lang", "fr", "case", "list");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown language 'fr'; use en or es");
    }

    private static CommandLine commandLine(Locale locale) {
        CliContext context = Cli.context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        context.language(locale);
        return Cli.commandLine(context);
    }

    /** "command option" for every option with a description, and "command" for every command. */
    private static List<String> described(Locale locale) {
        List<String> described = new ArrayList<>();
        forEachCommand(commandLine(locale), spec -> {
            described.add(spec.qualifiedName());
            for (OptionSpec option : spec.options()) {
                if (option.description().length > 0) {
                    described.add(spec.qualifiedName() + " " + option.longestName());
                }
            }
        });
        return described;
    }

    private static void forEachCommand(CommandLine commandLine, java.util.function.Consumer<CommandSpec> action) {
        action.accept(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
    }
}
