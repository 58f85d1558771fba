package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new table, or a new reference between tables, must be thought about for the case export: it is copied with the
 * case (CaseTables.COPIED, with its id columns) or named as not copied with the reason. This fails until it is.
 */
class CaseTablesCoverageTest {

    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchemaIsCopiedOrNamedAsNotCopied() {
        try (Vault vault = Vault.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            List<String> tables = vault.read(c -> Jdbc.query(c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", rs -> rs.getString(1)));
            Set<String> known = new HashSet<>(CaseTables.NOT_COPIED.keySet());
            known.addAll(CaseTables.INDEX_SHADOW_TABLES);
            CaseTables.COPIED.forEach(t -> known.add(t.name()));
            assertThat(tables).as("tables the case export does not know").allMatch(known::contains);
            assertThat(tables).containsAll(CaseTables.COPIED.stream().map(CaseTables.Table::name).toList());
        }
    }

    @Test
    void everyReferenceOfACopiedTableIsTranslatedOnImport() {
        try (Vault vault = Vault.open(dir.resolve("vault"), AccessMode.READ_WRITE)) {
            for (CaseTables.Table table : CaseTables.COPIED) {
                List<String[]> keys = vault.read(c -> Jdbc.query(c, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)",
                        rs -> new String[] {rs.getString(1), rs.getString(2)}, table.name()));
                for (String[] key : keys) {
                    assertThat(table.references()).as(table.name() + "." + key[0] + " → " + key[1])
                            .containsEntry(key[0], key[1]);
                }
            }
        }
    }
}
