package org.hardshipbinder.vault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hardshipbinder.wiring.Services;

/**
 * The two kinds of vault the crash-safety tests run on: plain, and encrypted with a passphrase. A child JVM gets the
 * passphrase the way the command line reads it ({@code HARDSHIP_BINDER_PASSPHRASE}), or as an argument.
 */
public enum VaultKind {
    PLAIN(null),
    ENCRYPTED("crash safety holds with encryption on");

    public static final String ENV = "HARDSHIP_BINDER_PASSPHRASE";

    private final String passphrase;

    VaultKind(String passphrase) {
        this.passphrase = passphrase;
    }

    public Passphrase passphrase() {
        return passphrase == null ? Passphrase.none() : Passphrase.of(passphrase.toCharArray());
    }

    public Services open(Path vault) {
        return Services.open(vault, AccessMode.READ_WRITE, passphrase());
    }

    public Vault openReadOnly(Path vault) {
        return Vault.open(vault, AccessMode.READ_ONLY, passphrase());
    }

    /** Gives a child JVM's environment the passphrase (the command line reads it from there). */
    public ProcessBuilder forChild(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        if (passphrase == null) {
            env.remove(ENV);
        } else {
            env.put(ENV, passphrase);
        }
        return builder;
    }

    /** The passphrase as a child's argument list ends with it: nothing for a plain vault. */
    public List<String> withArgument(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (passphrase != null) {
            all.add(passphrase);
        }
        return all;
    }

    /** Reads the passphrase a child was given as argument {@code index} (none when absent). */
    public static Passphrase fromArguments(String[] args, int index) {
        return args.length > index ? Passphrase.of(args[index].toCharArray()) : Passphrase.none();
    }
}
