package org.hardshipbinder.checks.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hardshipbinder.checks.core.CaseEvidence;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.core.DocumentEvidence;
import org.hardshipbinder.checks.core.Findings;
import org.hardshipbinder.model.Finding;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Severity;
import org.hardshipbinder.model.UserMessage;
import org.hardshipbinder.text.TextFold;

/**
 * Each qualifying relative's relationship to the applicant must be proven by a civil record: a marriage certificate
 * for a spouse, a birth certificate for a parent or child. A record counts when it is tagged as relationship proof
 * for that relative, or is a certificate of the right kind (by type or by its wording) that names them.
 */
public final class RelationshipProofCheck implements Check {

    private static final Pattern SPOUSE = Pattern.compile("spouse|husband|wife|espos[oa]|marido|conyuge");
    private static final Pattern PARENT_CHILD = Pattern.compile("parent|mother|father|son|daughter|child|padre|madre|hij[oa]");
    private static final Pattern MARRIAGE_TYPE = Pattern.compile("marriage|matrimonio");
    private static final Pattern BIRTH_TYPE = Pattern.compile("birth|nacimiento");
    private static final Pattern MARRIAGE_TEXT = Pattern.compile(
            "certificate of marriage|marriage certificate|marriage license|marriage record|record of marriage|"
                    + "acta de matrimonio|certificado de matrimonio|partida de matrimonio|registro civil de matrimonio");
    private static final Pattern BIRTH_TEXT = Pattern.compile(
            "certificate of (live )?birth|birth certificate|birth record|record of birth|acta de nacimiento|"
                    + "certificado de nacimiento|partida de nacimiento|registro civil de nacimiento|certificate of citizenship");

    @Override
    public List<Finding> run(CaseEvidence evidence) {
        List<Finding> findings = new ArrayList<>();
        if (!evidence.theCase().kind().isExtremeHardship()) {
            return findings;
        }
        for (Person qr : evidence.qualifyingRelatives().toList()) {
            if (evidence.documents().stream().noneMatch(d -> proves(evidence, d, qr))) {
                String needed = needed(qr);
                findings.add(Findings.of(Severity.ERROR, "RELATIONSHIP_UNPROVEN")
                        .message("checks.relationshipUnproven", qr.name(), UserMessage.of("checks.certificate." + needed))
                        .fix("checks.relationshipUnproven.fix", UserMessage.of("checks.certificate." + needed))
                        .person(qr.id()).build());
            }
        }
        return findings;
    }

    private static boolean proves(CaseEvidence evidence, DocumentEvidence d, Person qr) {
        boolean tagged = evidence.tags().stream().anyMatch(t -> t.documentId() == d.id()
                && t.factor().equals(ScenarioMissingCheck.RELATIONSHIP_PROOF) && (t.personId() == null || t.personId() == qr.id()));
        if (tagged && (namesRelative(evidence, d, qr) || !d.hasText())) {
            return true;
        }
        String needed = needed(qr);
        String type = d.evidenceType();
        String text = TextFold.fold(d.fullText());
        boolean marriage = MARRIAGE_TYPE.matcher(type).find() || MARRIAGE_TEXT.matcher(text).find();
        boolean birth = BIRTH_TYPE.matcher(type).find() || BIRTH_TEXT.matcher(text).find();
        boolean rightKind = switch (needed) {
            case "marriage" -> marriage;
            case "birth" -> birth;
            default -> marriage || birth;
        };
        return rightKind && (namesRelative(evidence, d, qr) || (!d.hasText() && !type.isEmpty()));
    }

    /** Whether the document (or its translation) names the relative. */
    private static boolean namesRelative(CaseEvidence evidence, DocumentEvidence d, Person qr) {
        if (d.facts().names().stream().anyMatch(n -> n.mention().personId() == qr.id())) {
            return true;
        }
        return evidence.translationsOf(d.id()).stream()
                .anyMatch(t -> t.facts().names().stream().anyMatch(n -> n.mention().personId() == qr.id()));
    }

    private static String needed(Person qr) {
        String relation = qr.relation() == null ? "" : TextFold.fold(qr.relation().toLowerCase(Locale.ROOT));
        if (SPOUSE.matcher(relation).find()) {
            return "marriage";
        }
        if (PARENT_CHILD.matcher(relation).find()) {
            return "birth";
        }
        return "either";
    }
}
