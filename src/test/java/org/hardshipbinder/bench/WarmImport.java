package org.hardshipbinder.bench;

import java.nio.file.Path;
import org.hardshipbinder.intake.ImportOptions;
import org.hardshipbinder.intake.ImportOutcome;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.vault.AccessMode;
import org.hardshipbinder.wiring.Services;

/**
 * Child-process main: the import as the desktop app does it, in a JVM that is already running. Imports the file
 * once into one case to warm up, then times importing it into a second case (wall and this thread's CPU).
 */
public final class WarmImport {

    private WarmImport() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[1]);
        try (Services services = Services.open(Path.of(args[0]), AccessMode.READ_WRITE)) {
            importOnce(services, file);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportOutcome outcome = importOnce(services, file);
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            if (!(outcome instanceof ImportOutcome.Imported)) {
                throw new IllegalStateException("not imported: " + outcome);
            }
            System.out.println("warm " + wallMs + " " + cpuMs);
        }
    }

    private static ImportOutcome importOnce(Services services, Path file) {
        long caseId = services.cases().create(CaseKind.I_601A, "Warm-up", null).id();
        return services.importService().importFile(caseId, file, ImportOptions.defaults());
    }
}
