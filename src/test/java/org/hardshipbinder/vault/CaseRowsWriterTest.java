package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that do not fit this vault are refused (and nothing stays); ids inside text follow the new ids. */
class CaseRowsWriterTest {

    @TempDir
    Path dir;

    @Test
    void aColumnThisVaultDoesNotKnowIsRefusedAndNothingStays() {
        try (Vault vault = Vault.open(dir.resolve("v"), AccessMode.READ_WRITE)) {
            assertThatThrownBy(() -> vault.write(c -> {
                CaseRowsWriter writer = new CaseRowsWriter(c);
                try {
                    writer.table("cases", List.of("id", "kind", "applicant", "title", "created_at"));
                    writer.row(new Object[] {5L, "I-601A", "Ana", null, "2026-01-01T00:00:00Z"});
                    writer.table("people", List.of("id", "case_id", "name", "role", "from_the_future"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            })).isInstanceOf(CaseRowsRefused.class);
            assertThatThrownBy(() -> vault.write(c -> {
                try {
                    new CaseRowsWriter(c).table("audit_log", List.of("id"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            })).isInstanceOf(CaseRowsRefused.class);
            long cases = vault.read(c -> Jdbc.count(c, "SELECT count(*) FROM cases"));
            assertThat(cases).isZero();
        }
    }

    @Test
    void idsWrittenInTextAreTranslated() {
        Map<Long, Long> docs = Map.of(3L, 40L, 7L, 12L);
        Map<Long, Long> people = Map.of(2L, 9L);
        assertThat(IdsInText.subject("d:3,7|p:2", docs::get, people::get)).isEqualTo("d:12,40|p:9");
        assertThat(IdsInText.subject("d:|p:", docs::get, people::get)).isEqualTo("d:|p:");
        assertThat(IdsInText.groupingKey("merge:7,3", docs::get)).isEqualTo("merge:12,40");
        assertThat(IdsInText.groupingKey("split:3:1-2,3-4:drop5", docs::get)).isEqualTo("split:40:1-2,3-4:drop5");
    }
}
