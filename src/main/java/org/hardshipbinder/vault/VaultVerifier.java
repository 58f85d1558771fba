package org.hardshipbinder.vault;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.vault.IntegrityProbe.Problem;

/** Runs every integrity probe and gathers what they found; an empty list means the vault is sound. */
public final class VaultVerifier {

    private final Vault vault;
    private final List<IntegrityProbe> probes;

    public VaultVerifier(Vault vault, List<IntegrityProbe> probes) {
        this.vault = vault;
        this.probes = List.copyOf(probes);
    }

    /** The probes every vault has: schema, SQLite's own integrity check, page counts, and the originals' checksums. */
    public static List<IntegrityProbe> foundationProbes(OriginalStore originals) {
        return List.of(new SchemaProbe(), new SqliteIntegrityProbe(), new PageCountProbe(), new OriginalsProbe(originals));
    }

    public List<Problem> verify() {
        List<Problem> problems = new ArrayList<>();
        for (IntegrityProbe probe : probes) {
            try {
                // SQLite's own check runs on the writer's connection when there is one: after many edits a reader
                // connection's cached full-text index structure was seen to report corruption that the file does
                // not have (the writer's check and the sqlite3 shell both found it sound).
                problems.addAll(probe instanceof SqliteIntegrityProbe && vault.mode() == AccessMode.READ_WRITE
                        ? vault.write(c -> probe.run(c, vault)) : vault.read(c -> probe.run(c, vault)));
            } catch (RuntimeException e) {
                problems.add(new Problem(probe.name(), null, "could not run: " + e.getMessage()));
            }
        }
        return problems;
    }
}
