package org.hardshipbinder.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key written as a literal in the code — {@code get("…")}, {@code UserMessage.of("…")},
 * {@code error("…")} … — is in the bundles, in English and in Spanish. A key built by concatenation
 * ({@code "ui.labels." + code}) is not a literal key and is left to the tests of its screen.
 */
class MessageKeysInCodeTest {

    /** A call that takes a message key as its first argument, then the key. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\\b(?:get|of|text|format|has|error|label|message|warning|info)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"\\s*[,)]");

    @Test
    void everyKeyUsedInTheCodeIsInBothLanguages() throws IOException {
        Set<String> used = keysUsedIn(Path.of("src/main/java"));
        assertThat(used).as("key literals found in the code").hasSizeGreaterThan(100);
        for (Messages messages : List.of(new Messages(Locale.ENGLISH), new Messages(Messages.SPANISH))) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeIf(messages::has);
            assertThat(missing).as("keys used in the code but missing from the %s bundles", messages.locale()).isEmpty();
        }
    }

    @Test
    void theScanFindsAKeyMissingFromTheBundles() {
        Matcher m = KEY_LITERAL.matcher("context.get(\"cli.noSuchKey\", id); UserMessage.of(\"x.y\")");
        assertThat(m.find()).isTrue();
        assertThat(new Messages(Locale.ENGLISH).has(m.group(1))).isFalse();
    }

    static Set<String> keysUsedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
                keys.removeAll(Messages.BUNDLES); // List.of("i18n.messages", …) names bundles, not keys
            }
        }
        return keys;
    }
}
