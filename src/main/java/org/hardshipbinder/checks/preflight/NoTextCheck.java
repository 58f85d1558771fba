package org.hardshipbinder.checks.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Severity;

/**
 * A document with no readable text: nothing in it can be checked or searched. A PDF with none is a warning (a
 * blank or unreadable scan); a picture with none may simply be a photo, so only a note; one not read yet is a note
 * to run OCR.
 */
public final class NoTextCheck implements Check {

    private static final Pattern PHOTO = Pattern.compile("photo|foto|picture|imagen|image");

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentEvidence d : evidence.documents()) {
            if (PHOTO.matcher(d.evidenceType()).find() || d.hasText()) {
                continue;
            }
            if (d.document().status() == DocumentStatus.OCR_FAILED) {
                findings.add(Findings.of(Severity.WARNING, "NO_TEXT")
                        .message("checks.noText.failed", d.title(), String.valueOf(d.document().statusReason()))
                        .fix("checks.noText.fixRescan").document(d).build());
            } else if (!d.read()) {
                findings.add(Findings.of(Severity.INFO, "NO_TEXT")
                        .message("checks.noText.notRead", d.title()).fix("checks.noText.fixOcr").document(d).build());
            } else {
                boolean picture = d.document().mediaType().isImage();
                findings.add(Findings.of(picture ? Severity.INFO : Severity.WARNING, "NO_TEXT")
                        .message(picture ? "checks.noText.picture" : "checks.noText.blank", d.title())
                        .fix("checks.noText.fixRescan").allPages(d).build());
            }
        }
        return findings;
    }
}
