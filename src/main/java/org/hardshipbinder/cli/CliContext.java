package org.hardshipbinder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import org.hardshipbinder.i18n.Messages;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.vault.VaultInUseException;
import org.hardshipbinder.vault.VaultLocation;
import org.hardshipbinder.vault.VaultUnavailableException;
import org.hardshipbinder.wiring.Services;

/** What every command shares: where the vault is, the services on it (opened once, on first use), and the output. */
public final class CliContext implements AutoCloseable {

    private final BiFunction<Path, AccessMode, Services> opener;
    private final PrintWriter out;
    private final PrintWriter err;
    private Messages messages = new Messages(Locale.ENGLISH);
    // Built on first use: Jackson loads some 370 classes, a cost every non-JSON command would pay at startup.
    private ObjectMapper json;
    private Path vaultDirectory;
    private Services services;

    public CliContext(BiFunction<Path, AccessMode, Services> opener, PrintWriter out, PrintWriter err) {
        this.opener = opener;
        this.out = out;
        this.err = err;
    }

    /** The language of messages and help (--lang, else the system's). */
    public void language(Locale locale) {
        this.messages = new Messages(locale);
    }

    void vaultDirectory(Path directory) {
        this.vaultDirectory = directory;
    }

    public Path resolvedVaultDirectory() {
        return VaultLocation.resolveForThisMachine(vaultDirectory);
    }

    /**
     * The services, opening the vault on first use. Commands that only read pass READ_ONLY: they refuse a folder
     * with no vault, still upgrade the vault when nobody else has it open, and run read-only beside the desktop
     * app when it does.
     */
    public Services services(AccessMode mode) {
        if (services == null) {
            Path directory = resolvedVaultDirectory();
            if (mode == AccessMode.READ_ONLY && !Files.isRegularFile(directory.resolve(VaultLocation.FILE_NAME))) {
                // A read on a mistyped --vault must say so, not create an empty vault and report nothing (or "ok").
                throw new VaultUnavailableException(UserMessage.of("vault.missing", directory), "no vault at " + directory, null);
            }
            try {
                services = opener.apply(resolvedVaultDirectory(), AccessMode.READ_WRITE);
            } catch (VaultInUseException inUse) {
                if (mode == AccessMode.READ_WRITE) {
                    throw inUse;
                }
                services = opener.apply(resolvedVaultDirectory(), AccessMode.READ_ONLY);
            }
        }
        return services;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public String text(UserMessage message) {
        return messages.format(message);
    }

    public Messages messages() {
        return messages;
    }

    /** A message of the bundles (the command line's are in i18n/cli.properties), in the chosen language. */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /** "error: …" in the chosen language. */
    public String error(String message) {
        return messages.get("cli.error", message);
    }

    public void printJson(Object value) {
        try {
            if (json == null) {
                json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            }
            out.println(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
        }
        out.flush();
        err.flush();
    }
}
