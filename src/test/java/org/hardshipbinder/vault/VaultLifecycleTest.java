package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, migrating, refusing and sharing a vault file. */
class VaultLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void createsAFreshVaultAtTheLatestSchemaWithWalAndForeignKeys() throws Exception {
        try (Vault vault = Vault.open(dir.resolve("new"), AccessMode.READ_WRITE)) {
            assertThat(Files.isRegularFile(vault.file())).isTrue();
            vault.read(c -> {
                assertThat(Migrator.currentVersion(c)).isEqualTo(Migrator.latestVersion()).isGreaterThanOrEqualTo(3);
                assertThat(Jdbc.queryOne(c, "PRAGMA journal_mode", rs -> rs.getString(1))).contains("wal");
                return null;
            });
            vault.write(c -> {
                assertThat(Jdbc.queryOne(c, "PRAGMA foreign_keys", rs -> rs.getInt(1))).contains(1);
                return null;
            });
        }
    }

    @Test
    void migratesAnOlderVaultToTheLatestSchemaKeepingItsData() throws Exception {
        Path vaultDir = Files.createDirectories(dir.resolve("old"));
        Path file = vaultDir.resolve(VaultLocation.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrator.migrate(c, 1, vaultDir);
            assertThat(Migrator.currentVersion(c)).isEqualTo(1);
            try (Statement st = c.createStatement()) {
                assertThat(st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'page_text'").getInt(1)).isZero();
                st.execute("INSERT INTO cases(id, kind, applicant, title, created_at) VALUES (7, 'I-601A', 'Ana Pérez', 'old', '2024-01-02T03:04:05Z')");
                st.execute("INSERT INTO people(case_id, name, role, relation, status, born) VALUES (7, 'Luis Pérez', 'QR', 'spouse', 'USC', '1980-05-06')");
            }
        }

        try (Services services = Services.open(vaultDir, AccessMode.READ_WRITE)) {
            services.vault().read(c -> {
                assertThat(Migrator.currentVersion(c)).isEqualTo(Migrator.latestVersion());
                assertThat(Jdbc.count(c, "SELECT count(*) FROM sqlite_master WHERE name IN ('page_text', 'tags')")).isEqualTo(2);
                return null;
            });
            assertThat(services.cases().find(7)).hasValueSatisfying(k -> {
                assertThat(k.kind()).isEqualTo(CaseKind.I_601A);
                assertThat(k.applicant()).isEqualTo("Ana Pérez");
            });
            assertThat(services.people().listForCase(7)).singleElement().satisfies(p -> {
                assertThat(p.role()).isEqualTo(Role.QR);
                assertThat(p.status()).isEqualTo(ImmigrationStatus.USC);
                assertThat(p.born()).isEqualTo(LocalDate.of(1980, 5, 6));
            });
            assertThat(services.verifier().verify()).isEmpty();
        }
    }

    @Test
    void refusesAVaultWrittenByANewerVersionWithAClearMessage() throws Exception {
        Path vaultDir = dir.resolve("future");
        Vault.open(vaultDir, AccessMode.READ_WRITE).close();
        int newer = Migrator.latestVersion() + 1;
        setUserVersion(vaultDir, newer);

        assertThatThrownBy(() -> Vault.open(vaultDir, AccessMode.READ_WRITE))
                .isInstanceOfSatisfying(VaultUnavailableException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("vault.tooNew");
                    assertThat(new Messages(Locale.ENGLISH).format(e.userMessage()))
                            .contains("newer version of Hardship Binder").contains(String.valueOf(newer));
                    assertThat(new Messages(Messages.SPANISH).format(e.userMessage())).isNotBlank()
                            .doesNotContain("vault.tooNew");
                });
        assertThatThrownBy(() -> Vault.open(vaultDir, AccessMode.READ_ONLY)).isInstanceOf(VaultUnavailableException.class);

        // The refusal released everything: once the schema is back, the same folder opens for writing.
        setUserVersion(vaultDir, Migrator.latestVersion());
        Vault.open(vaultDir, AccessMode.READ_WRITE).close();
    }

    @Test
    void aSecondWriterIsToldTheVaultIsInUse() {
        Path vaultDir = dir.resolve("busy");
        try (Vault first = Vault.open(vaultDir, AccessMode.READ_WRITE)) {
            assertThatThrownBy(() -> Vault.open(vaultDir, AccessMode.READ_WRITE))
                    .isInstanceOfSatisfying(VaultInUseException.class, e -> assertThat(
                            new Messages(Locale.ENGLISH).format(e.userMessage())).contains("in use by another window"));
        }
        Vault.open(vaultDir, AccessMode.READ_WRITE).close();
    }

    @Test
    void aReaderOpensBesideAWriterAndSeesItsCommits() {
        Path vaultDir = dir.resolve("shared");
        try (Services writer = Services.open(vaultDir, AccessMode.READ_WRITE);
             Services reader = Services.open(vaultDir, AccessMode.READ_ONLY)) {
            writer.cases().create(CaseKind.PAROLE, "Beneficiary One", null);
            assertThat(reader.cases().list()).extracting(c -> c.applicant()).containsExactly("Beneficiary One");
            assertThatThrownBy(() -> reader.cases().create(CaseKind.I_601, "X", null))
                    .isInstanceOf(VaultUnavailableException.class);
            writer.cases().create(CaseKind.I_601, "Second", null);
            assertThat(reader.cases().list()).hasSize(2);
        }
    }

    @Test
    void readOnlyOpenOfAMissingVaultSaysThereIsNone() {
        assertThatThrownBy(() -> Vault.open(dir.resolve("nothing-here"), AccessMode.READ_ONLY))
                .isInstanceOfSatisfying(VaultUnavailableException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("vault.missing"));
        assertThat(dir.resolve("nothing-here")).doesNotExist();
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Services services = Services.open(dir.resolve("tx"), AccessMode.READ_WRITE)) {
            assertThatThrownBy(() -> services.vault().write(c -> {
                services.cases().create(CaseKind.I_601A, "Rolled Back", null);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(services.cases().list()).isEmpty();
            assertThat(services.audit().recent(10)).isEmpty();
        }
    }

    private static void setUserVersion(Path vaultDir, int version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + vaultDir.resolve(VaultLocation.FILE_NAME));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + version);
        }
    }
}
