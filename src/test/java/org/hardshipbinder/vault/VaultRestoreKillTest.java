package org.hardshipbinder.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hardshipbinder.vault.RestoreFixture.AFTER_BACKUP;
import static org.hardshipbinder.vault.RestoreFixture.IN_BACKUP;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed at the start of each of its steps (a real process stopped with no clean-up) leaves a vault that
 * opens: the vault as it was until the commit, the restored one after it. Run on an encrypted vault, which is two
 * files (database and key parameters) and so can be caught half set aside.
 */
class VaultRestoreKillTest {

    @TempDir
    Path dir;

    @Test
    void aKillAtAnyStepLeavesAVaultThatOpensOldBeforeTheCommitAndRestoredAfter() throws Exception {
        Passphrase secret = EncryptedVaultTest.secret();
        for (RestoreStep killAt : RestoreStep.values()) {
            Path root = Files.createDirectories(dir.resolve(killAt.name()));
            RestoreFixture f = RestoreFixture.create(root, secret);
            var before = RestoreFixture.snapshot(f.vault);

            Process child = ChildJvm.start(List.of("-Xmx256m"), RestoreKilledChild.class,
                    f.vault.toString(), f.backup.toString(), killAt.name(), "correct horse battery staple");
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed at %s: %s", killAt, output).isEqualTo(RestoreKilledChild.KILLED);

            List<String> people = RestoreFixture.people(f.vault, secret);
            if (killAt == RestoreStep.DONE) {
                assertThat(people).as("killed at %s", killAt).containsExactly(IN_BACKUP);
                assertThat(asideFolders(f.vault)).hasSize(1);
            } else {
                assertThat(people).as("killed at %s", killAt).containsExactly(IN_BACKUP, AFTER_BACKUP);
                assertThat(asideFolders(f.vault)).as("killed at %s", killAt).isEmpty();
                assertThat(RestoreFixture.snapshot(f.vault)).as("killed at %s", killAt)
                        .containsAllEntriesOf(before.entrySet().stream().filter(e -> e.getKey().equals(KeyParameters.FILE_NAME))
                                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
            }
            assertThat(RestoreMarker.fileIn(f.vault)).doesNotExist();
            assertThat(f.vault.resolve(VaultRestore.STAGING)).doesNotExist();
            EncryptedVaultTest.assertNoClearWords(f.vault);
        }
    }

    private static List<Path> asideFolders(Path vault) throws Exception {
        try (Stream<Path> files = Files.list(vault)) {
            return files.filter(p -> p.getFileName().toString().startsWith(VaultRestore.ASIDE_PREFIX)).toList();
        }
    }
}
