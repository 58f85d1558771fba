package org.hardshipbinder.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A pattern with arguments goes through MessageFormat, which takes a single quote as the start of quoted text:
 * "the document's {0}" prints "the documents {0}". Such patterns must write it twice ('').
 */
class MessageFormatQuotesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void noQuoteIsLostInAPatternWithArguments() throws IOException {
        List<String> lost = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String suffix : List.of("", "_es")) {
                String resource = "/" + bundle.replace('.', '/') + suffix + ".properties";
                Properties properties = load(resource);
                for (String key : properties.stringPropertyNames()) {
                    if (losesAQuote(properties.getProperty(key))) {
                        lost.add(resource + " " + key + "=" + properties.getProperty(key));
                    }
                }
            }
        }
        assertThat(lost).as("patterns with arguments and a single quote (write '' instead)").isEmpty();
    }

    @Test
    void whatTheRuleProtects() {
        Messages english = new Messages(Locale.ENGLISH);
        assertThat(losesAQuote("the document's {0}")).isTrue();
        assertThat(losesAQuote("the document''s {0}")).isFalse();
        assertThat(losesAQuote("the document's details")).isFalse();
        assertThat(english.get("cli.case.emptyApplicant")).isEqualTo("the applicant's name is empty");
        assertThat(english.get("cli.tryHelp", "hardship-binder")).isEqualTo("Try 'hardship-binder --help' for more information.");
    }

    static boolean losesAQuote(String pattern) {
        return ARGUMENT.matcher(pattern).find() && pattern.replace("''", "").contains("'");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFormatQuotesTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
