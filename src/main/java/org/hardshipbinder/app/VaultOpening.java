package org.hardshipbinder.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.VaultInUseException;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/**
 * The outcome of opening (and, when needed, migrating) the vault — done off the JavaFX thread: the desktop app calls
 * {@link #attempt} from {@code Application.init()} and {@link #inBackground} from the window's thread.
 */
sealed interface VaultOpening {

    record Opened(Services services) implements VaultOpening {
    }

    /** Another window has the vault: the user chooses read-only or quit. */
    record InUse(VaultInUseException reason) implements VaultOpening {
    }

    record Unavailable(VaultUnavailableException reason) implements VaultOpening {
    }

    /** The attempt on a thread of {@code background}. */
    static CompletableFuture<VaultOpening> inBackground(Path vaultDir, AccessMode mode, Executor background) {
        return CompletableFuture.supplyAsync(() -> attempt(vaultDir, mode), background);
    }

    static VaultOpening attempt(Path vaultDir, AccessMode mode) {
        try {
            return new Opened(Services.open(vaultDir, mode));
        } catch (VaultInUseException inUse) {
            return new InUse(inUse);
        } catch (VaultUnavailableException unavailable) {
            return new Unavailable(unavailable);
        }
    }
}
