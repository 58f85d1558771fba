package org.hardshipbinder.ui.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.security.LockViewModel;
import org.hardshipbinder.ui.security.Screens;
import org.hardshipbinder.ui.security.VaultSecurityViewModel;
import org.hardshipbinder.ui.testing.MutableClock;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences' encryption and the lock on a real vault file: the view models over the window's vault switch. */
class VaultSecurityTest {

    private static final String FIRST = "maple river lantern";
    private static final String SECOND = "copper window seven";

    @TempDir
    Path dir;
    private final List<String> screens = new ArrayList<>();
    private VaultSwitch vault;

    @AfterEach
    void closeVault() {
        if (vault != null) {
            vault.close();
        }
    }

    private VaultSwitch open(Passphrase passphrase) {
        vault = new VaultSwitch(Services.open(dir, AccessMode.READ_WRITE, passphrase),
                p -> Services.open(dir, AccessMode.READ_WRITE, p));
        return vault;
    }

    private final Screens recorder = new Screens() {
        @Override
        public void suspend() {
            screens.add("lock");
        }

        @Override
        public void suspendForWork(UserMessage what) {
            screens.add("work:" + what.key());
        }

        @Override
        public void resume() {
            screens.add("resume");
        }
    };

    private VaultSecurityViewModel security() {
        return new VaultSecurityViewModel(vault, recorder, Sync.tasks(), m -> screens.add("leftLocked"),
                () -> screens.add("lockNow"));
    }

    private LockViewModel lock() {
        return new LockViewModel(vault, recorder, Sync.tasks(), new MutableClock(Instant.EPOCH), () -> 5);
    }

    @Test
    void encryptingFromPreferencesReopensTheVaultAndFromThenOnItNeedsThePassphrase() throws Exception {
        open(Passphrase.none()).services().cases().create(CaseKind.I_601A, "Rosa Mendez", null);
        VaultSecurityViewModel security = security();
        assertThat(security.encryptedProperty().get()).isFalse();
        security.lockNow();
        assertThat(screens).as("a plain vault has nothing to lock").isEmpty();

        security.nextProperty().set(FIRST);
        security.confirmationProperty().set(FIRST);
        security.encrypt();

        assertThat(security.messageProperty().get()).isEqualTo(UserMessage.of("security.encrypted"));
        assertThat(security.encryptedProperty().get()).isTrue();
        assertThat(screens).containsExactly("work:security.encrypting", "resume");
        security.lockNow();
        assertThat(screens).endsWith("lockNow");
        assertThat(vault.isOpen()).isTrue();
        assertThat(vault.services().cases().list()).extracting(c -> c.applicant()).containsExactly("Rosa Mendez");
        assertThat(security.nextProperty().get()).as("the fields are emptied").isEmpty();
        assertThat(header(dir.resolve(VaultLocation.FILE_NAME))).isNotEqualTo("SQLite format 3\0");

        vault.close();
        vault = null;
        assertThatThrownBy(() -> Services.open(dir, AccessMode.READ_WRITE, Passphrase.none()))
                .isInstanceOf(VaultUnavailableException.class)
                .satisfies(e -> assertThat(((VaultUnavailableException) e).userMessage().key()).isEqualTo("vault.passphraseNeeded"));
        try (Services reopened = Services.open(dir, AccessMode.READ_WRITE, Passphrase.of(FIRST.toCharArray()))) {
            assertThat(reopened.cases().list()).hasSize(1);
        }
    }

    @Test
    void aShortOrMismatchedPassphraseIsRefusedBeforeAnythingHappens() {
        open(Passphrase.none());
        VaultSecurityViewModel security = security();
        security.nextProperty().set("short");
        security.confirmationProperty().set("short");
        security.encrypt();
        assertThat(security.messageProperty().get().key()).isEqualTo("security.tooShort");
        security.nextProperty().set(FIRST);
        security.confirmationProperty().set(SECOND);
        security.encrypt();
        assertThat(security.messageProperty().get()).isEqualTo(UserMessage.of("security.mismatch"));
        assertThat(screens).isEmpty();
        assertThat(vault.encrypted()).isFalse();
        assertThat(Files.exists(dir.resolve("vault.key"))).isFalse();
    }

    @Test
    void aWrongCurrentPassphraseChangesNothingAndTheRightOneSwitchesToTheNew() {
        open(Passphrase.of(FIRST.toCharArray())).services().cases().create(CaseKind.I_601A, "Rosa Mendez", null);
        VaultSecurityViewModel security = security();
        assertThat(security.encryptedProperty().get()).isTrue();

        security.currentProperty().set("not the passphrase");
        security.nextProperty().set(SECOND);
        security.confirmationProperty().set(SECOND);
        security.changePassphrase();
        assertThat(security.messageProperty().get()).isEqualTo(UserMessage.of("security.wrongCurrent"));
        assertThat(screens).as("the vault was never closed").isEmpty();
        assertThat(vault.isOpen()).isTrue();
        assertThat(vault.services().cases().list()).hasSize(1);

        security.currentProperty().set(FIRST);
        security.changePassphrase();
        assertThat(security.messageProperty().get()).isEqualTo(UserMessage.of("security.changed"));
        assertThat(screens).containsExactly("work:security.changing", "resume");

        LockViewModel lock = lock();
        lock.lock();
        assertThat(vault.isOpen()).isFalse();
        lock.unlock(FIRST.toCharArray());
        assertThat(lock.stateProperty().get()).as("the old passphrase no longer opens it").isEqualTo(LockViewModel.State.LOCKED);
        lock.unlock(SECOND.toCharArray());
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);
        assertThat(vault.services().cases().list()).hasSize(1);
    }

    @Test
    void lockingClosesTheVaultSoAnotherProcessCouldOpenItAndAWrongPassphraseKeepsItClosed() {
        open(Passphrase.of(FIRST.toCharArray()));
        LockViewModel lock = lock();
        lock.lock();
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.LOCKED);
        assertThat(vault.services()).isNull();
        // closed for real: the single-writer lock is free, so the vault opens here without "in use"
        try (Services elsewhere = Services.open(dir, AccessMode.READ_WRITE, Passphrase.of(FIRST.toCharArray()))) {
            assertThat(elsewhere.vault().encrypted()).isTrue();
        }
        lock.unlock(SECOND.toCharArray());
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.LOCKED);
        assertThat(lock.messageProperty().get()).isEqualTo(UserMessage.of("security.lock.wrongPassphrase"));
        assertThat(vault.services()).isNull();
        lock.unlock(FIRST.toCharArray());
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);
        assertThat(screens).containsExactly("lock", "resume");
    }

    @Test
    void aWindowThatOpenedTheVaultReadOnlyCannotReEncryptIt() {
        try (Services owner = Services.open(dir, AccessMode.READ_WRITE, Passphrase.none())) {
            vault = new VaultSwitch(Services.open(dir, AccessMode.READ_ONLY, Passphrase.none()),
                    p -> Services.open(dir, AccessMode.READ_ONLY, p));
            VaultSecurityViewModel security = security();
            assertThat(security.writableProperty().get()).isFalse();
            security.nextProperty().set(FIRST);
            security.confirmationProperty().set(FIRST);
            security.encrypt();
            assertThat(security.messageProperty().get()).isEqualTo(UserMessage.of("security.readOnly"));
            assertThat(screens).isEmpty();
            assertThat(vault.isOpen()).isTrue();
            vault.close();
            vault = null;
            assertThat(owner.vault().encrypted()).isFalse();
        }
    }

    private static String header(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(Arrays.copyOf(in.readNBytes(16), 16), StandardCharsets.ISO_8859_1);
        }
    }
}
