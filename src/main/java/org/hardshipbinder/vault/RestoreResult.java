package org.hardshipbinder.vault;

import java.nio.file.Path;
import org.hardshipbinder.model.UserMessage;

/** What a restore came to: the restored vault in place, or a refusal with the vault as it was. */
public sealed interface RestoreResult {

    /**
     * The backup is the vault now. {@code keptAside} is the folder holding the vault as it was (a vault of its own);
     * {@code fromVersion} is the backup's schema version, upgraded to {@code toVersion}.
     */
    record Restored(Path keptAside, boolean encrypted, int fromVersion, int toVersion) implements RestoreResult {
        public boolean upgraded() {
            return fromVersion != toVersion;
        }
    }

    /** Nothing was changed: the reason says what is wrong with the backup (or the vault) and what to do. */
    record Refused(UserMessage reason) implements RestoreResult {
    }
}
