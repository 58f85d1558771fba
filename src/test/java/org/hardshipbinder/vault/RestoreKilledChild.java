package org.hardshipbinder.vault;

import java.nio.file.Path;
import org.hardshipbinder.wiring.Services;

/** Runs a restore in its own process and kills the process (no clean-up, no finally) when the named step begins. */
public final class RestoreKilledChild {

    static final int KILLED = 137;

    private RestoreKilledChild() {
    }

    public static void main(String[] args) {
        Path vault = Path.of(args[0]);
        Path backup = Path.of(args[1]);
        RestoreStep killAt = RestoreStep.valueOf(args[2]);
        Passphrase passphrase = Passphrase.of(args[3].toCharArray());
        RestoreResult result = Services.restorer().restore(vault, backup, passphrase, step -> {
            if (step == killAt) {
                Runtime.getRuntime().halt(KILLED);
            }
        });
        System.out.println("not killed: " + result);
        System.exit(1);
    }
}
