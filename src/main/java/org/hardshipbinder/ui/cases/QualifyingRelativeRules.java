package org.hardshipbinder.ui.cases;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;

/**
 * The design's qualifying-relative rules as the new-case form explains them: who can be a QR for each kind of request,
 * and whether the people entered include one. Returns bundle keys; the view turns them into sentences.
 */
public final class QualifyingRelativeRules {

    private QualifyingRelativeRules() {
    }

    /** The key of the plain-words explanation for this kind of request. */
    public static String explanationKey(CaseKind kind) {
        return "ui.wizard.rules." + kind.code().toLowerCase(Locale.ROOT).replace("-", "");
    }

    /** The relations that can make a US citizen or permanent resident a qualifying relative for this kind. */
    public static List<String> qualifyingRelations(CaseKind kind) {
        return switch (kind) {
            case I_601A, I_601, INA_212I -> List.of("spouse", "parent");
            case INA_212H -> List.of("spouse", "parent", "son", "daughter");
            case PAROLE, INA_212D3A -> List.of();
        };
    }

    /** A problem with the people entered, as a bundle key, if there is one. */
    public static Optional<String> problem(CaseKind kind, List<NewCase.NewPerson> people) {
        List<String> relations = qualifyingRelations(kind);
        for (NewCase.NewPerson person : people) {
            if (person.role() == Role.QR && relations.isEmpty()) {
                return Optional.of("ui.wizard.problem.noQrForKind");
            }
            if (person.role() == Role.QR && !relations.contains(person.relation())) {
                return Optional.of("ui.wizard.problem.relationNotQualifying");
            }
            if (person.role() == Role.QR && person.status() == ImmigrationStatus.OTHER) {
                return Optional.of("ui.wizard.problem.statusNotQualifying");
            }
        }
        if (!relations.isEmpty() && people.stream().noneMatch(p -> p.role() == Role.QR)) {
            return Optional.of("ui.wizard.problem.noQr");
        }
        return Optional.empty();
    }
}
