package org.hardshipbinder.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hardshipbinder.factors.CaseCoverage;
import org.hardshipbinder.factors.CoverageTotals;
import org.hardshipbinder.factors.Factor;
import org.hardshipbinder.factors.FactorCoverage;
import org.hardshipbinder.factors.FactorServices;
import org.hardshipbinder.factors.ScenarioCoverage;
import org.hardshipbinder.factors.SubjectCoverage;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.vault.AccessMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "coverage", mixinStandardHelpOptions = true)
final class CoverageCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--case", required = true, paramLabel = "ID")
    long caseId;
    @Option(names = "--json")
    boolean json;

    CoverageCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        FactorServices factors = context.services(AccessMode.READ_ONLY).factors();
        CaseCoverage coverage = factors.coverage().coverage(caseId).orElseThrow(() ->
                new IllegalArgumentException(context.text(UserMessage.of("factors.noCase", String.valueOf(caseId)))));
        List<Factor> caseFactors = factors.caseFactors().forCase(context.services(AccessMode.READ_ONLY).cases()
                .find(caseId).orElseThrow());
        if (json) {
            context.printJson(json(coverage, caseFactors));
        } else {
            print(coverage, caseFactors);
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> json(CaseCoverage c, List<Factor> caseFactors) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("case", c.caseId());
        root.put("kind", c.kind().code());
        root.put("factor_set", c.set().code());
        root.put("profile", FactorText.findingsJson(context, c.profile()));
        root.put("subjects", c.subjects().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("person", s.personId());
            m.put("name", s.name());
            m.put("scenarios", s.scenarios().stream().map(sc -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("scenario", sc.scenario().code());
                sm.put("factors", sc.factors().stream().map(f -> factorJson(f, caseFactors)).toList());
                sm.put("total", FactorText.totalsJson(sc.total()));
                return sm;
            }).toList());
            m.put("total", FactorText.totalsJson(s.total()));
            return m;
        }).toList());
        root.put("total", FactorText.totalsJson(c.total()));
        return root;
    }

    private static Map<String, Object> factorJson(FactorCoverage f, List<Factor> caseFactors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("factor", f.factor());
        m.put("label", FactorText.label(f.factor(), caseFactors));
        m.put("claimed", f.claimed());
        m.put("documents", f.documentCount());
        m.put("document_ids", f.documents());
        m.put("corroborating", f.corroborating());
        m.put("newest", f.newest() == null ? null : f.newest().toString());
        m.put("missing_evidence", f.missingEvidence());
        m.put("significant", f.significant());
        return m;
    }

    private void print(CaseCoverage c, List<Factor> caseFactors) {
        PrintWriter out = context.out();
        out.println(context.text(UserMessage.of("factors.coverage.case", String.valueOf(c.caseId()), c.kind().code())));
        c.profile().forEach(f -> out.println(FactorText.finding(context, f)));
        for (SubjectCoverage s : c.subjects()) {
            out.println();
            out.println("== " + (s.personId() == null ? text("factors.coverage.caseWide")
                    : context.text(UserMessage.of("factors.coverage.person", s.name(), String.valueOf(s.personId())))));
            for (ScenarioCoverage sc : s.scenarios()) {
                out.println("  " + sc.scenario().code());
                for (FactorCoverage f : sc.factors()) {
                    out.println("    " + FactorText.label(f.factor(), caseFactors) + " [" + f.factor() + "]: " + line(f));
                }
            }
            out.println("  " + text("factors.coverage.total") + ": " + totals(s.total()));
        }
        out.println();
        out.println(text("factors.coverage.total") + ": " + totals(c.total()));
    }

    private String line(FactorCoverage f) {
        if (!f.hasEvidence()) {
            return text(f.claimed() ? "factors.coverage.claimedNoEvidence" : "factors.coverage.noEvidence")
                    + (f.missingEvidence().isEmpty() ? "" : "; " + text("factors.coverage.missing") + ": "
                    + String.join(", ", f.missingEvidence()));
        }
        StringBuilder b = new StringBuilder();
        b.append(text("factors.coverage.documents")).append(' ').append(f.documentCount()).append(' ').append(f.documents())
                .append(", ").append(text("factors.coverage.corroborating")).append(' ').append(f.corroborating());
        if (f.newest() != null) {
            b.append(", ").append(text("factors.coverage.newest")).append(' ').append(f.newest());
        }
        if (!f.missingEvidence().isEmpty()) {
            b.append("; ").append(text("factors.coverage.missing")).append(": ").append(String.join(", ", f.missingEvidence()));
        }
        if (!f.significant().isEmpty()) {
            b.append("; ").append(text("factors.coverage.significant")).append(": ").append(String.join(", ", f.significant()));
        }
        return b.toString();
    }

    private String totals(CoverageTotals t) {
        return text("factors.coverage.documents") + " " + t.documents() + ", " + text("factors.coverage.corroborating")
                + " " + t.corroborating()
                + (t.newest() == null ? "" : ", " + text("factors.coverage.newest") + " " + t.newest())
                + (t.significant().isEmpty() ? "" : "; " + text("factors.coverage.significant") + ": "
                + String.join(", ", t.significant()));
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
