package org.hardshipbinder.ui.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hardshipbinder.factors.QualifyingRelativeRules.Eligibility;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.model.UserMessage;

/**
 * The new-case form's advice about qualifying relatives: a plain-words explanation per kind of request, and the
 * factor feature's rules applied to the people entered so far (one source of truth for who qualifies).
 */
public final class QualifyingRelativeRules {

    private final org.hardshipbinder.factors.QualifyingRelativeRules rules;

    public QualifyingRelativeRules(org.hardshipbinder.factors.QualifyingRelativeRules rules) {
        this.rules = rules;
    }

    /** The key of the plain-words explanation for this kind of request. */
    public static String explanationKey(CaseKind kind) {
        return "ui.wizard.rules." + kind.code().toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** A problem with the people entered, if there is one. */
    public Optional<UserMessage> problem(CaseKind kind, List<NewCase.NewPerson> people) {
        for (NewCase.NewPerson p : people) {
            if (p.role() != Role.QR) {
                continue;
            }
            Person person = new Person(0, 0, p.name(), p.role(), p.relation(), p.status(), p.born());
            if (rules.eligibility(kind, person) instanceof Eligibility.DoesNotQualify no) {
                return Optional.of(no.reason());
            }
        }
        if (rules.hasQualifyingRelatives(kind) && people.stream().noneMatch(p -> p.role() == Role.QR)) {
            return Optional.of(UserMessage.of("ui.wizard.problem.noQr"));
        }
        return Optional.empty();
    }
}
