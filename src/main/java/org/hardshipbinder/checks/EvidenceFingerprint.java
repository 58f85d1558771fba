package org.hardshipbinder.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.facts.PageContent;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.UserMessage;

/**
 * A hash of the evidence a finding rests on: its details, and for each document and person it concerns, the
 * file's checksum, the recorded metadata, the page text, or the profile. When any of it changes, so does the hash.
 */
final class EvidenceFingerprint {

    private EvidenceFingerprint() {
    }

    static String of(Finding finding, CaseEvidence evidence) {
        StringBuilder s = new StringBuilder(finding.code()).append('\n');
        describe(s, finding.message());
        for (long id : finding.documents().stream().sorted().toList()) {
            evidence.document(id).ifPresent(d -> {
                Document doc = d.document();
                s.append("\ndoc ").append(id).append(' ').append(doc.sha256()).append(' ').append(doc.metadata());
                for (PageContent page : d.texts()) {
                    s.append("\npage ").append(page.number()).append(' ').append(page.text().hashCode()).append(' ').append(page.language());
                }
            });
        }
        for (long id : finding.people().stream().sorted().toList()) {
            evidence.person(id).ifPresent((Person p) -> s.append("\nperson ").append(p));
        }
        return sha256(s.toString());
    }

    private static void describe(StringBuilder s, Object value) {
        if (value instanceof UserMessage m) {
            s.append(m.key()).append('(');
            m.args().forEach(a -> {
                describe(s, a);
                s.append(',');
            });
            s.append(')');
        } else if (value instanceof List<?> list) {
            s.append('[');
            list.forEach(v -> {
                describe(s, v);
                s.append(';');
            });
            s.append(']');
        } else {
            s.append(value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
