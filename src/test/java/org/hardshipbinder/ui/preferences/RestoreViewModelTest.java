package org.hardshipbinder.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.Passphrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Preferences restore on a real vault: the session is closed, restored and reopened; the outcome is said. */
class RestoreViewModelTest {

    @TempDir
    Path dir;

    private final List<Notice> notices = new ArrayList<>();

    private static String applicants(ReopeningRestorer session) {
        return session.services().cases().list().stream().map(c -> c.applicant()).toList().toString();
    }

    @Test
    void aPlainBackupIsRestoredAndTheSessionReopenedOnIt() throws Exception {
        Path backup = dir.resolve("copy.sqlite");
        try (ReopeningRestorer session = new ReopeningRestorer(dir.resolve("vault"), Passphrase.none(), notices::add)) {
            session.services().cases().create(CaseKind.I_601A, "Before Backup", null);
            session.services().backup().backupTo(backup);
            session.services().cases().create(CaseKind.I_601A, "After Backup", null);
            RestoreViewModel viewModel = new RestoreViewModel(session, Sync.tasks(), Sync.english());
            assertThat(viewModel.confirmation(backup)).contains(backup.toString(), "kept in a folder", session.vaultDirectory().toString());

            viewModel.start(backup);

            assertThat(viewModel.busyProperty().get()).isFalse();
            assertThat(viewModel.statusProperty().get()).contains("was restored from", "is kept in");
            assertThat(notices).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(Notice.Kind.INFORMATION));
            assertThat(applicants(session)).contains("Before Backup").doesNotContain("After Backup");
            assertThat(session.services().verifier().verify()).isEmpty();
        }
    }

    @Test
    void aForeignFileIsRefusedAndTheVaultAsItWasIsOpenAgain() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("photo.jpg"), "not a vault at all");
        try (ReopeningRestorer session = new ReopeningRestorer(dir.resolve("vault"), Passphrase.none(), notices::add)) {
            session.services().cases().create(CaseKind.I_601A, "Kept Case", null);
            RestoreViewModel viewModel = new RestoreViewModel(session, Sync.tasks(), Sync.english());

            viewModel.start(notABackup);

            assertThat(viewModel.statusProperty().get()).contains("is not a Hardship Binder backup", "Nothing was changed");
            assertThat(notices).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(Notice.Kind.WARNING));
            assertThat(applicants(session)).contains("Kept Case");
        }
    }

    @Test
    void anEncryptedBackupAsksForItsPassphraseFirst() throws Exception {
        Passphrase secret = Passphrase.of("correct horse battery staple".toCharArray());
        Path backup = dir.resolve("copy.sqlite");
        try (ReopeningRestorer session = new ReopeningRestorer(dir.resolve("vault"), secret, notices::add)) {
            session.services().cases().create(CaseKind.I_601A, "Before Backup", null);
            session.services().backup().backupTo(backup);
            session.services().cases().create(CaseKind.I_601A, "After Backup", null);
            RestoreViewModel viewModel = new RestoreViewModel(session, Sync.tasks(), Sync.english());

            viewModel.start(backup);
            assertThat(viewModel.passphraseWantedProperty().get()).isEqualTo(backup);
            assertThat(notices).isEmpty();

            viewModel.restore(backup, "a wrong one".toCharArray());
            assertThat(viewModel.statusProperty().get()).contains("does not open the backup");
            assertThat(applicants(session)).contains("After Backup");

            viewModel.restore(backup, "correct horse battery staple".toCharArray());
            assertThat(viewModel.statusProperty().get()).contains("was restored from", "is encrypted");
            assertThat(applicants(session)).contains("Before Backup").doesNotContain("After Backup");
            assertThat(session.services().vault().encrypted()).isTrue();
        }
    }
}
