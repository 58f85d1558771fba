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
