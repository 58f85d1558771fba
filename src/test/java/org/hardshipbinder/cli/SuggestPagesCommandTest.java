package org.hardshipbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hardshipbinder.ocr.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suggest} lists merge suggestions with the others, and {@code --apply} joins the documents. */
class SuggestPagesCommandTest {

    @TempDir
    Path tmp;

    @Test
    void twoPagesOfOneStatementAreOfferedAsAMergeAndJoinedByApply() throws Exception {
        Path vault = tmp.resolve("vault");
        String caseId = CliRun.on(vault, "case", "create", "--kind", "I-601A", "--applicant", "Fictional Person").out().strip();
        Path first = TestPdfs.bornDigital(tmp.resolve("statement 1.pdf"), "WILLOW BEND SAVINGS BANK",
                "Statement period: March 1, 2026 - March 31, 2026     Page 1 of 2", "FICTIONAL PERSON",
                "03/02 GROCERY MART 45.10 1,204.55", "03/09 PAYROLL DEPOSIT 1,150.00 2,354.55",
                "03/12 POWER AND LIGHT 88.20 2,266.35", "03/15 PHARMACY 23.75 2,242.60");
        Path second = TestPdfs.bornDigital(tmp.resolve("statement 2.pdf"), "WILLOW BEND SAVINGS BANK    Page 2 of 2",
                "03/19 TRANSFER 300.00 1,942.60", "03/23 PAYROLL DEPOSIT 1,150.00 3,092.60",
                "03/27 GROCERY MART 61.40 3,031.20", "03/31 Ending balance 3,031.20");
        CliRun imported = CliRun.on(vault, "import", "--case", caseId, first.toString(), second.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        CliRun.on(vault, "ocr", "--case", caseId);

        CliRun listed = CliRun.on(vault, "suggest", "--case", caseId);
        assertThat(listed.outLines()).anySatisfy(l -> assertThat(l).startsWith("merge:").contains("page 2 follows page 1"));
        assertThat(CliRun.on(vault, "suggest", "--case", caseId, "--json").out()).containsPattern("\"pages\" : \\[ \\{\\s*\"key\" : \"merge:");

        CliRun applied = CliRun.on(vault, "suggest", "--case", caseId, "--apply");
        assertThat(applied.out()).contains("Applied 1 page suggestions");
        assertThat(CliRun.on(vault, "documents", "--case", caseId).outLines()).hasSize(2); // header + one document
    }
}
