package org.hardshipbinder.ui.security;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.Passphrase;

/**
 * Encrypting a plain vault and changing an encrypted vault's passphrase from Preferences. The current passphrase is
 * checked while the vault is still open (a wrong one changes nothing); then the screens are covered, the vault is
 * closed, re-encrypted on a copy (a kill leaves the old or the new vault) and opened again under the new passphrase.
 * Outcomes are kept as messages, not text, so the form shows them in the language of the moment.
 */
public final class VaultSecurityViewModel {

    private final VaultSession vault;
    private final Screens screens;
    private final TaskRunner tasks;
    private final Consumer<UserMessage> leftLocked;
    private final Runnable lockNow;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty encrypted = new SimpleBooleanProperty();
    private final BooleanProperty writable = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<UserMessage> message = new SimpleObjectProperty<>();
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();

    /**
     * {@code leftLocked}: what to do if the vault could not be opened again after the change (the lock screen asks);
     * {@code lockNow}: the idle lock's "lock now", for a user about to leave the computer.
     */
    public VaultSecurityViewModel(VaultSession vault, Screens screens, TaskRunner tasks, Consumer<UserMessage> leftLocked,
                                  Runnable lockNow) {
        this.vault = vault;
        this.screens = screens;
        this.tasks = tasks;
        this.leftLocked = leftLocked;
        this.lockNow = lockNow;
        refresh();
    }

    public void refresh() {
        encrypted.set(vault.encrypted());
        writable.set(vault.writable());
    }

    /** Locks the encrypted vault at once (a plain vault has nothing to lock). */
    public void lockNow() {
        if (encrypted.get() && !busy.get()) {
            lockNow.run();
        }
    }

    /** A plain vault → encrypted under the new passphrase. */
    public void encrypt() {
        if (busy.get() || encrypted.get() || refusedReadOnly() || !validNext()) {
            return;
        }
        Passphrase chosen = Passphrase.of(next.get().toCharArray());
        rekey(Passphrase.none(), chosen, false);
    }

    /** The encrypted vault → under the new passphrase, once the current one is confirmed. */
    public void changePassphrase() {
        if (busy.get() || !encrypted.get() || refusedReadOnly()) {
            return;
        }
        if (current.get().isEmpty()) {
            fail(UserMessage.of("security.currentMissing"));
            return;
        }
        if (!validNext()) {
            return;
        }
        Passphrase old = Passphrase.of(current.get().toCharArray());
        Passphrase chosen = Passphrase.of(next.get().toCharArray());
        busy.set(true);
        inform(UserMessage.of("security.checking"));
        tasks.run(() -> vault.unlocksWith(old), right -> {
            if (right) {
                rekey(old, chosen, true);
            } else {
                old.clear();
                chosen.clear();
                busy.set(false);
                current.set("");
                fail(UserMessage.of("security.wrongCurrent"));
            }
        }, failure -> {
            old.clear();
            chosen.clear();
            busy.set(false);
            fail(UserMessage.of("security.failed"));
        });
    }

    private boolean refusedReadOnly() {
        if (!writable.get()) {
            fail(UserMessage.of("security.readOnly"));
        }
        return !writable.get();
    }

    private boolean validNext() {
        if (!PassphraseRule.longEnough(next.get())) {
            fail(UserMessage.of("security.tooShort", PassphraseRule.MIN_LENGTH));
            return false;
        }
        if (!next.get().equals(confirmation.get())) {
            fail(UserMessage.of("security.mismatch"));
            return false;
        }
        return true;
    }

    /** What the background work ended with: whether the vault was re-encrypted, and whether it opened again. */
    private record Done(boolean changed, Reopened reopened) {
    }

    private void rekey(Passphrase old, Passphrase chosen, boolean change) {
        busy.set(true);
        UserMessage working = UserMessage.of(change ? "security.changing" : "security.encrypting");
        inform(working);
        screens.suspendForWork(working);
        tasks.run(() -> {
            vault.close();
            boolean changed;
            try {
                if (change) {
                    vault.changePassphrase(old, chosen);
                } else {
                    vault.encrypt(chosen);
                }
                changed = true;
            } catch (RuntimeException refused) {
                changed = false;
            }
            return new Done(changed, vault.open(changed ? chosen : old));
        }, done -> finish(done, change, old, chosen), failure -> {
            old.clear();
            chosen.clear();
            busy.set(false);
            leftLocked.accept(UserMessage.of("security.reopenFailed"));
        });
    }

    private void finish(Done done, boolean change, Passphrase old, Passphrase chosen) {
        old.clear();
        chosen.clear();
        busy.set(false);
        current.set("");
        next.set("");
        confirmation.set("");
        refresh();
        if (!(done.reopened() instanceof Reopened.Opened)) {
            leftLocked.accept(done.reopened() instanceof Reopened.Failed f ? f.reason() : UserMessage.of("security.reopenFailed"));
            return;
        }
        screens.resume();
        if (done.changed()) {
            inform(UserMessage.of(change ? "security.changed" : "security.encrypted"));
        } else {
            fail(UserMessage.of("security.failed"));
        }
    }

    private void inform(UserMessage said) {
        messageIsError.set(false);
        message.set(said);
    }

    private void fail(UserMessage said) {
        messageIsError.set(true);
        message.set(said);
    }

    /** The hint under the new passphrase, as it is typed. */
    public ObjectBinding<UserMessage> hint() {
        return Bindings.createObjectBinding(() -> PassphraseRule.hint(next.get()), next);
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty encryptedProperty() {
        return encrypted;
    }

    /** False when this window opened the vault read-only: the form is closed, and says why. */
    public BooleanProperty writableProperty() {
        return writable;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<UserMessage> messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }
}
