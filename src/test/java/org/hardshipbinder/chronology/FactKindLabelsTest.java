package org.hardshipbinder.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.FactKind;
import org.junit.jupiter.api.Test;

/** Every kind of fact has a name in English and in Spanish, so a new kind never shows up as a raw key. */
class FactKindLabelsTest {

    @Test
    void everyKindHasALabelInBothLanguages() {
        for (Messages messages : new Messages[] {new Messages(Locale.ENGLISH), new Messages(Messages.SPANISH)}) {
            ChronologyText text = new ChronologyText(messages);
            for (FactKind kind : FactKind.values()) {
                assertThat(messages.has("fact.kind." + kind.code())).as("%s in %s", kind, messages.locale()).isTrue();
                assertThat(text.kind(kind)).isNotBlank().doesNotContain("fact.kind");
            }
        }
        assertThat(new ChronologyText(new Messages(Messages.SPANISH)).kind(FactKind.DIAGNOSIS_DATE)).isEqualTo("Diagnóstico");
    }
}
