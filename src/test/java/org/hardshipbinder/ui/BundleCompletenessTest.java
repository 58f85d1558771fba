package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hardshipbinder.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Every bundle of the app has the same keys in English and Spanish, so no label shows up as a raw key. */
class BundleCompletenessTest {

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        int found = 0;
        for (String bundle : Messages.BUNDLES) {
            String base = "/" + bundle.replace('.', '/');
            Properties english = load(base + ".properties");
            Properties spanish = load(base + "_es.properties");
            if (english == null && spanish == null) {
                continue; // a feature without user-facing text yet
            }
            found++;
            assertThat(english).as("%s.properties exists", bundle).isNotNull();
            assertThat(spanish).as("%s_es.properties exists", bundle).isNotNull();
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(spanish.stringPropertyNames());
            Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
            onlySpanish.removeAll(english.stringPropertyNames());
            assertThat(onlyEnglish).as("keys of %s missing in Spanish", bundle).isEmpty();
            assertThat(onlySpanish).as("keys of %s missing in English", bundle).isEmpty();
        }
        assertThat(found).as("bundles checked").isGreaterThanOrEqualTo(2);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
