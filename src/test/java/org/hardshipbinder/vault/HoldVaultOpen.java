package org.hardshipbinder.vault;

import java.nio.file.Path;

/** Child-process main: opens a vault for writing, says "ready", and keeps it open until its input closes. */
public final class HoldVaultOpen {

    private HoldVaultOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Vault vault = Vault.open(Path.of(args[0]), AccessMode.READ_WRITE)) {
            System.out.println("ready " + vault.file());
            System.out.flush();
            while (System.in.read() != -1) {
                // Wait for the parent to close our input.
            }
        }
    }

    /** Starts the holder and waits until it has the vault. */
    public static Process start(Path vaultDir) throws Exception {
        Process child = ChildJvm.builder(java.util.List.of("-Xmx64m"), HoldVaultOpen.class, vaultDir.toString())
                .redirectErrorStream(true).start();
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
        String line = reader.readLine();
        if (line == null || !line.startsWith("ready")) {
            child.destroyForcibly();
            throw new IllegalStateException("the vault holder did not start: " + line);
        }
        return child;
    }
}
