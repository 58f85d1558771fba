package org.hardshipbinder.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.IntSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.Passphrase;

/**
 * The idle lock: an encrypted vault locks after the minutes without input chosen in Preferences. Locking covers the
 * screens, lets their work end, closes the vault and drops its key; the right passphrase opens it again where the
 * user was. Time comes from the clock given, so tests move it instead of waiting.
 */
public final class LockViewModel {

    public enum State { OPEN, LOCKING, LOCKED, UNLOCKING }

    private final VaultSession vault;
    private final Screens screens;
    private final TaskRunner tasks;
    private final Clock clock;
    private final IntSupplier idleMinutes;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPEN);
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private Instant lastInput;

    /** {@code idleMinutes}: read at every tick, so a new choice in Preferences counts at once (0: never). */
    public LockViewModel(VaultSession vault, Screens screens, TaskRunner tasks, Clock clock, IntSupplier idleMinutes) {
        this.vault = vault;
        this.screens = screens;
        this.tasks = tasks;
        this.clock = clock;
        this.idleMinutes = idleMinutes;
        this.lastInput = clock.instant();
    }

    /** Mouse or keyboard input in the window: the idle time starts again. */
    public void touch() {
        if (state.get() == State.OPEN) {
            lastInput = clock.instant();
        }
    }

    /** Called every few seconds: locks once the idle time has passed. */
    public void tick() {
        int minutes = idleMinutes.getAsInt();
        if (minutes > 0 && state.get() == State.OPEN
                && Duration.between(lastInput, clock.instant()).compareTo(Duration.ofMinutes(minutes)) >= 0) {
            lock();
        }
    }

    /** Locks now; nothing happens for a plain vault or while the vault is closed for other work. */
    public void lock() {
        if (state.get() != State.OPEN || !vault.encrypted() || !vault.isOpen()) {
            return;
        }
        state.set(State.LOCKING);
        message.set(null);
        screens.suspend();
        tasks.run(() -> {
            vault.close();
            return null;
        }, done -> state.set(State.LOCKED), failure -> {
            state.set(State.LOCKED);
            message.set(UserMessage.of("security.lock.closeFailed"));
        });
    }

    /** The vault was left closed by other work that could not open it again: the lock screen asks for the passphrase. */
    public void showLocked(UserMessage why) {
        state.set(State.LOCKED);
        message.set(why);
        screens.suspend();
    }

    /** Tries {@code typed}; the characters are overwritten here. A wrong passphrase keeps the vault locked. */
    public void unlock(char[] typed) {
        if (state.get() != State.LOCKED || typed.length == 0) {
            Arrays.fill(typed, '\0');
            return;
        }
        Passphrase passphrase = Passphrase.of(typed);
        Arrays.fill(typed, '\0');
        state.set(State.UNLOCKING);
        message.set(null);
        tasks.run(() -> vault.open(passphrase), outcome -> {
            passphrase.clear();
            if (outcome instanceof Reopened.Opened) {
                screens.resume();
                lastInput = clock.instant();
                state.set(State.OPEN);
            } else {
                state.set(State.LOCKED);
                message.set(outcome instanceof Reopened.Failed failed ? failed.reason()
                        : UserMessage.of("security.lock.wrongPassphrase"));
            }
        }, failure -> {
            passphrase.clear();
            state.set(State.LOCKED);
            message.set(UserMessage.of("security.lock.openFailed"));
        });
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last unlock failed, or null. */
    public ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    /** True while the vault is being closed or opened: the unlock button waits. */
    public BooleanBinding busy() {
        return Bindings.createBooleanBinding(() -> state.get() == State.LOCKING || state.get() == State.UNLOCKING, state);
    }
}
