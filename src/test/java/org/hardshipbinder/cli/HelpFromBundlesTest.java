package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hardshipbinder.i18n.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Help texts live in the bundles only: an English {@code description = "…"} in an annotation would show in English to a
 * Spanish reader whenever its bundle key is missing, so no command, option or parameter may carry one.
 */
class HelpFromBundlesTest {

    @Test
    void noCommandOptionOrParameterHasADescriptionInItsAnnotation() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : commandClasses()) {
            Command command = type.getAnnotation(Command.class);
            if (command != null && command.description().length > 0) {
                offenders.add(type.getName());
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Option option = field.getAnnotation(Option.class);
                    Parameters parameters = field.getAnnotation(Parameters.class);
                    if ((option != null && option.description().length > 0)
                            || (parameters != null && parameters.description().length > 0)) {
                        offenders.add(c.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(commandClasses()).hasSizeGreaterThan(30);
        assertThat(offenders).as("annotations with description = \"…\" (put the text in the bundles)").isEmpty();
    }

    @Test
    void everyCommandsHelpIsSpanishInSpanish() {
        Map<String, List<String>> english = descriptions(Locale.ENGLISH);
        Map<String, List<String>> spanish = descriptions(Messages.SPANISH);
        assertThat(spanish.keySet()).isEqualTo(english.keySet());
        english.forEach((what, lines) -> assertThat(spanish.get(what)).as("help of '%s' in Spanish", what)
                .isNotEmpty().isNotEqualTo(lines));
    }

    @Test
    void everyOptionAndParameterOfEveryCommandHasAHelpLineInEnglishAndSpanish() {
        for (Locale locale : List.of(Locale.ENGLISH, Messages.SPANISH)) {
            List<String> undescribed = new ArrayList<>();
            forEachCommand(commandLine(locale), spec -> {
                if (String.join("", spec.usageMessage().description()).isBlank()) {
                    undescribed.add(spec.qualifiedName());
                }
                List<ArgSpec> args = new ArrayList<>(spec.options());
                args.addAll(spec.positionalParameters());
                for (ArgSpec arg : args) {
                    if (String.join("", arg.description()).isBlank()) {
                        undescribed.add(spec.qualifiedName() + " " + (arg.isOption()
                                ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel()));
                    }
                }
            });
            assertThat(undescribed).as("commands, options and parameters without help in %s", locale).isEmpty();
        }
    }

    /** Every command's description and every described option's, by "command" / "command option". */
    private static Map<String, List<String>> descriptions(Locale locale) {
        Map<String, List<String>> texts = new java.util.TreeMap<>();
        forEachCommand(commandLine(locale), spec -> {
            texts.put(spec.qualifiedName(), Arrays.asList(spec.usageMessage().description()));
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
                if (arg.description().length > 0 && !name.equals("--help") && !name.equals("--version")) {
                    texts.put(spec.qualifiedName() + " " + name, Arrays.asList(arg.description()));
                }
            }
        });
        return texts;
    }

    private static List<Class<?>> commandClasses() {
        Map<Class<?>, Boolean> seen = new IdentityHashMap<>();
        forEachCommand(commandLine(Locale.ENGLISH), spec -> {
            Object user = spec.userObject();
            if (user != null) {
                seen.put(user instanceof Class<?> c ? c : user.getClass(), true);
            }
            spec.mixins().values().forEach(m -> {
                if (m.userObject() != null) {
                    seen.put(m.userObject().getClass(), true);
                }
            });
        });
        // picocli's own --help/--version mixin takes its texts from the bundles' "help" and "version" keys.
        return seen.keySet().stream().filter(c -> c.getPackageName().startsWith("org.hardshipbinder")).toList();
    }

    private static CommandLine commandLine(Locale locale) {
        CliContext context = Cli.context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        context.language(locale);
        return Cli.commandLine(context);
    }

    private static void forEachCommand(CommandLine commandLine, java.util.function.Consumer<CommandSpec> action) {
        action.accept(commandLine.getCommandSpec());
        commandLine.getSubcommands().values().forEach(sub -> forEachCommand(sub, action));
    }
}
