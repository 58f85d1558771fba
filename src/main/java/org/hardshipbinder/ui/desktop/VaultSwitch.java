package org.hardshipbinder.ui.desktop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.ui.security.Reopened;
import org.hardshipbinder.ui.security.VaultSession;
import org.hardshipbinder.ui.task.TaskRunner;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.Passphrase;
import org.hardshipbinder.vault.VaultException;
import org.hardshipbinder.vault.VaultRekey;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/**
 * The window's vault, which the lock closes and opens again and Preferences re-encrypts: the services of the moment,
 * the work to wait for before closing, and the re-encryption itself (on a copy, see VaultRekey).
 */
final class VaultSwitch implements VaultSession {

    private static final Logger LOG = Logger.getLogger(VaultSwitch.class.getName());
    /** How long closing waits for the screens' work (an export finishing); then the vault closes anyway. */
    private static final Duration DRAIN = Duration.ofMinutes(2);

    private final Path directory;
    private final VaultOpener opener;
    private volatile Services services;
    private volatile boolean encrypted;
    private final boolean writable;
    private volatile TaskRunner draining;

    VaultSwitch(Services services, VaultOpener opener) {
        this.services = services;
        this.directory = services.vault().directory();
        this.opener = opener;
        this.encrypted = services.vault().encrypted();
        this.writable = services.vault().mode() == AccessMode.READ_WRITE;
    }

    /** The services of the open vault, or null while it is closed. */
    Services services() {
        return services;
    }

    Path directory() {
        return directory;
    }

    /**
     * With the vault closed: restores it from {@code backup} (checked first, the current vault kept aside until the
     * restored one verifies in place; see VaultRestore). Background thread.
     */
    synchronized org.hardshipbinder.vault.RestoreResult restore(Path backup, Passphrase backupPassphrase,
            java.util.function.Consumer<org.hardshipbinder.vault.RestoreStep> progress) {
        return Services.restorer().restore(directory, backup, backupPassphrase, progress);
    }

    /** The screens' runner whose work must end before the vault closes. */
    void drain(TaskRunner runner) {
        draining = runner;
    }

    @Override
    public boolean encrypted() {
        return encrypted;
    }

    @Override
    public boolean writable() {
        return writable;
    }

    @Override
    public boolean isOpen() {
        return services != null;
    }

    @Override
    public boolean unlocksWith(Passphrase passphrase) {
        Services open = services;
        return open != null && open.vault().unlocksWith(passphrase);
    }

    @Override
    public synchronized void close() {
        TaskRunner runner = draining;
        draining = null;
        if (runner != null) {
            try {
                if (!runner.awaitIdle(DRAIN)) {
                    LOG.warning("work still running when the vault closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Services open = services;
        services = null;
        if (open != null) {
            open.close();
        }
    }

    @Override
    public synchronized Reopened open(Passphrase passphrase) {
        if (services != null) {
            return new Reopened.Opened();
        }
        try {
            Services reopened = opener.open(passphrase);
            encrypted = reopened.vault().encrypted();
            services = reopened;
            return new Reopened.Opened();
        } catch (VaultUnavailableException refused) {
            String key = refused.userMessage().key();
            if (key.equals("vault.wrongPassphrase") || key.equals("vault.passphraseNeeded")) {
                return new Reopened.WrongPassphrase();
            }
            return new Reopened.Failed(refused.userMessage());
        } catch (VaultException broken) {
            LOG.log(Level.SEVERE, "cannot open the vault again", broken);
            return new Reopened.Failed(UserMessage.of("security.lock.openFailed"));
        }
    }

    @Override
    public synchronized void encrypt(Passphrase next) {
        require(VaultRekey.encrypt(directory, next));
    }

    @Override
    public synchronized void changePassphrase(Passphrase current, Passphrase next) {
        require(VaultRekey.changePassphrase(directory, current, next));
    }

    private static void require(VaultRekey.Outcome outcome) {
        if (outcome != VaultRekey.Outcome.DONE) {
            throw new VaultException("the vault was not re-encrypted: " + outcome, null);
        }
    }
}
