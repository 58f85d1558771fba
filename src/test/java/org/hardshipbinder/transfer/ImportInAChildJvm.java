package org.hardshipbinder.transfer;

import java.nio.file.Path;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/** Imports a case file into a vault in its own process, so a test can kill it half way. Args: vault, file. */
public final class ImportInAChildJvm {

    private ImportInAChildJvm() {
    }

    public static void main(String[] args) {
        try (Services services = Services.open(Path.of(args[0]), AccessMode.READ_WRITE)) {
            System.out.println("importing");
            System.out.flush();
            System.out.println(services.caseImporter().importFile(Path.of(args[1]), TransferFixture.PASSPHRASE));
        }
    }
}
