package org.hardshipbinder.factors;

import java.util.ArrayList;
import java.util.List;
import org.hardshipbinder.factors.ProfileFinding.Severity;
import org.hardshipbinder.factors.QualifyingRelativeRules.Eligibility;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.UserMessage;

/** Checks a case's people against the qualifying-relative rules of its kind; returns findings, never throws. */
public final class CaseProfileValidator {

    private final QualifyingRelativeRules rules;

    public CaseProfileValidator(QualifyingRelativeRules rules) {
        this.rules = rules;
    }

    public List<ProfileFinding> validate(Case kase, List<Person> people) {
        return rules.hasQualifyingRelatives(kase.kind()) ? waiver(kase, people) : withoutRelatives(kase, people);
    }

    /** The people of a case who count as qualifying relatives: marked qr, and eligible under the case kind. */
    public List<Person> qualifyingRelatives(Case kase, List<Person> people) {
        return people.stream().filter(p -> p.role() == Role.QR)
                .filter(p -> rules.eligibility(kase.kind(), p) instanceof Eligibility.Qualifies).toList();
    }

    private List<ProfileFinding> waiver(Case kase, List<Person> people) {
        List<ProfileFinding> findings = new ArrayList<>();
        UserMessage rule = rules.rule(kase.kind());
        List<UserMessage> whyNot = new ArrayList<>();
        boolean anyValid = false;
        int considered = 0;
        for (Person p : people) {
            if (p.role() == Role.APPLICANT || p.role() == Role.SPONSOR || p.role() == Role.BENEFICIARY) {
                continue;
            }
            considered++;
            Eligibility e = rules.eligibility(kase.kind(), p);
            if (e instanceof Eligibility.DoesNotQualify no) {
                whyNot.add(no.reason());
                if (p.role() == Role.QR) {
                    findings.add(new ProfileFinding(Severity.WARNING, ProfileFinding.QR_NOT_QUALIFYING, p.id(),
                            List.of(rule, no.reason())));
                }
            } else if (p.role() == Role.QR) {
                anyValid = true;
            } else {
                findings.add(new ProfileFinding(Severity.INFO, ProfileFinding.QR_CANDIDATE, p.id(),
                        List.of(UserMessage.of("factors.qr.candidate", p.name()))));
            }
        }
        if (!anyValid) {
            List<UserMessage> parts = new ArrayList<>();
            parts.add(UserMessage.of("factors.qr.none", kase.kind().code()));
            parts.add(rule);
            parts.addAll(considered == 0 ? List.of(UserMessage.of("factors.qr.nobodyYet")) : whyNot);
            findings.add(0, new ProfileFinding(Severity.WARNING, ProfileFinding.NO_QUALIFYING_RELATIVE, null, parts));
        }
        return findings;
    }

    private List<ProfileFinding> withoutRelatives(Case kase, List<Person> people) {
        List<ProfileFinding> findings = new ArrayList<>();
        for (Person p : people) {
            if (p.role() == Role.QR) {
                findings.add(new ProfileFinding(Severity.INFO, ProfileFinding.QR_NOT_USED, p.id(),
                        List.of(rules.rule(kase.kind()), UserMessage.of("factors.qr.notUsed", p.name()))));
            }
        }
        if (people.stream().noneMatch(p -> p.role() == Role.SPONSOR) && kase.kind() == org.hardshipbinder.model.CaseKind.PAROLE) {
            findings.add(new ProfileFinding(Severity.INFO, ProfileFinding.NO_SPONSOR, null,
                    List.of(UserMessage.of("factors.profile.noSponsor"))));
        }
        return findings;
    }
}
