package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hardshipbinder.model.Word;
import org.junit.jupiter.api.Test;

class WordsJsonTest {

    private static final List<Word> WORDS = List.of(
            new Word("Diagnóstico:", 0.125, 0.5, 0.2, 0.02, 91.5),
            new Word("\"quoted\" \\ 日本", 0.0, 1.0, 1e-7, 0.333333333333, 0));

    @Test
    void roundTripKeepsTextAndBoxesExactly() {
        assertThat(WordsJson.read(WordsJson.write(WORDS))).isEqualTo(WORDS);
    }

    @Test
    void readsBoxesWrittenByDataBindingInEarlierVersions() throws Exception {
        String earlier = new ObjectMapper().writeValueAsString(WORDS);

        assertThat(WordsJson.read(earlier)).isEqualTo(WORDS);
    }

    @Test
    void skipsUnknownFields() {
        String json = "[{\"text\":\"a\",\"extra\":{\"n\":[1,2]},\"x\":0.5,\"y\":0.25,\"width\":0.1,\"height\":0.2,"
                + "\"confidence\":80}]";

        assertThat(WordsJson.read(json)).containsExactly(new Word("a", 0.5, 0.25, 0.1, 0.2, 80));
    }

    @Test
    void emptyArrayAndDamagedJson() {
        assertThat(WordsJson.read("[]")).isEmpty();
        assertThatThrownBy(() -> WordsJson.read("{\"text\":1}")).hasMessageContaining("unreadable word boxes");
        assertThatThrownBy(() -> WordsJson.read("[{\"text\":\"a\"")).hasMessageContaining("unreadable word boxes");
    }
}
