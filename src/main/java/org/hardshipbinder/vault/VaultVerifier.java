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
                problems.addAll(vault.read(c -> probe.run(c, vault)));
            } catch (RuntimeException e) {
                problems.add(new Problem(probe.name(), null, "could not run: " + e.getMessage()));
            }
        }
        return problems;
    }
}
