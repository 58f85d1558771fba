package org.hardshipbinder.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.testing.MutableClock;
import org.hardshipbinder.ui.testing.Sync;
import org.hardshipbinder.vault.Passphrase;
import org.junit.jupiter.api.Test;

/** The idle lock on a clock moved by hand and a vault that records what is done to it. */
class LockViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final FakeVault vault = new FakeVault();
    private final FakeScreens screens = new FakeScreens();
    private int idleMinutes = 5;
    private final LockViewModel lock = new LockViewModel(vault, screens, Sync.tasks(), clock, () -> idleMinutes);

    @Test
    void locksOnceTheIdleTimeHasPassed() {
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        lock.tick();
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);
        assertThat(vault.open).isTrue();

        clock.advance(Duration.ofSeconds(1));
        lock.tick();
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.LOCKED);
        assertThat(screens.calls).containsExactly("suspend");
        assertThat(vault.open).as("the vault is closed while locked").isFalse();
    }

    @Test
    void inputKeepsItOpen() {
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(4));
            lock.touch();
            lock.tick();
        }
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);
        assertThat(vault.open).isTrue();
        assertThat(screens.calls).isEmpty();
    }

    @Test
    void neverLocksWhenOffOrOnAPlainVault() {
        idleMinutes = 0;
        clock.advance(Duration.ofHours(3));
        lock.tick();
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);

        idleMinutes = 5;
        vault.encrypted = false;
        lock.tick();
        assertThat(lock.stateProperty().get()).as("a plain vault has nothing to lock").isEqualTo(LockViewModel.State.OPEN);
        assertThat(vault.open).isTrue();
    }

    @Test
    void aWrongPassphraseKeepsItLockedAndTheRightOneReturnsToTheScreens() {
        lock.lock();
        vault.answers.add(false);
        vault.answers.add(true);
        char[] wrong = "not it at all".toCharArray();
        lock.unlock(wrong);
        assertThat(wrong).as("the typed characters are overwritten").containsOnly('\0');
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.LOCKED);
        assertThat(lock.messageProperty().get()).isEqualTo(UserMessage.of("security.lock.wrongPassphrase"));
        assertThat(vault.open).isFalse();
        assertThat(screens.calls).containsExactly("suspend");

        lock.unlock("the right passphrase".toCharArray());
        assertThat(lock.stateProperty().get()).isEqualTo(LockViewModel.State.OPEN);
        assertThat(lock.messageProperty().get()).isNull();
        assertThat(vault.open).isTrue();
        assertThat(screens.calls).containsExactly("suspend", "resume");

        clock.advance(Duration.ofMinutes(4));
        lock.tick();
        assertThat(lock.stateProperty().get()).as("the idle time starts again at the unlock").isEqualTo(LockViewModel.State.OPEN);
    }

    /**
     * A vault that says whether it is open, and answers each attempt to open it from {@code answers} (the real
     * passphrase check is the vault's, covered by VaultSecurityTest on a real vault).
     */
    static final class FakeVault implements VaultSession {
        final java.util.ArrayDeque<Boolean> answers = new java.util.ArrayDeque<>();
        boolean encrypted = true;
        boolean open = true;

        @Override
        public boolean encrypted() {
            return encrypted;
        }

        @Override
        public boolean writable() {
            return true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public boolean unlocksWith(Passphrase given) {
            return false;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public Reopened open(Passphrase given) {
            if (!given.given() || !answers.remove()) {
                return new Reopened.WrongPassphrase();
            }
            open = true;
            return new Reopened.Opened();
        }

        @Override
        public void encrypt(Passphrase next) {
        }

        @Override
        public void changePassphrase(Passphrase current, Passphrase next) {
        }
    }

    static final class FakeScreens implements Screens {
        final List<String> calls = new ArrayList<>();

        @Override
        public void suspend() {
            calls.add("suspend");
        }

        @Override
        public void suspendForWork(UserMessage what) {
            calls.add("work");
        }

        @Override
        public void resume() {
            calls.add("resume");
        }
    }
}
