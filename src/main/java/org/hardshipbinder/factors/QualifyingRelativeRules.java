package org.hardshipbinder.factors;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.model.UserMessage;

/**
 * Who may be a qualifying relative, per case kind (design §2): USC or LPR spouse or parent for I-601A, I-601 and
 * 212(i); spouse, parent, son or daughter for 212(h); nobody for parole and 212(d)(3)(A).
 */
public final class QualifyingRelativeRules {

    /** Whether a person could be a qualifying relative, and if not, why. */
    public sealed interface Eligibility {
        record Qualifies() implements Eligibility {
        }

        record DoesNotQualify(UserMessage reason) implements Eligibility {
        }
    }

    private static final Set<ImmigrationStatus> STATUSES = EnumSet.of(ImmigrationStatus.USC, ImmigrationStatus.LPR);

    public Set<Relation> relations(CaseKind kind) {
        return switch (kind) {
            case I_601A, I_601, INA_212I -> EnumSet.of(Relation.SPOUSE, Relation.PARENT);
            case INA_212H -> EnumSet.of(Relation.SPOUSE, Relation.PARENT, Relation.SON_OR_DAUGHTER);
            case PAROLE, INA_212D3A -> EnumSet.noneOf(Relation.class);
        };
    }

    public boolean hasQualifyingRelatives(CaseKind kind) {
        return !relations(kind).isEmpty();
    }

    public Eligibility eligibility(CaseKind kind, Person person) {
        if (!hasQualifyingRelatives(kind)) {
            return new Eligibility.DoesNotQualify(UserMessage.of("factors.qr.noneForKind", kind.code()));
        }
        Optional<Relation> relation = Relation.parse(person.relation());
        if (relation.isEmpty()) {
            return new Eligibility.DoesNotQualify(UserMessage.of("factors.qr.relationUnknown", person.name()));
        }
        if (!relations(kind).contains(relation.get())) {
            return new Eligibility.DoesNotQualify(describe(person, relation.get()));
        }
        if (person.status() == null) {
            return new Eligibility.DoesNotQualify(UserMessage.of("factors.qr.statusUnknown", person.name()));
        }
        if (!STATUSES.contains(person.status())) {
            return new Eligibility.DoesNotQualify(UserMessage.of("factors.qr.statusNotCounted", person.name()));
        }
        return new Eligibility.Qualifies();
    }

    /** "Sofia is the applicant's son or daughter (status: USC)". */
    public UserMessage describe(Person person, Relation relation) {
        return UserMessage.of("factors.qr.person." + relation.code(), person.name(),
                person.status() == null ? "?" : person.status().name());
    }

    /** The rule of a case kind in one sentence. */
    public UserMessage rule(CaseKind kind) {
        return switch (kind) {
            case I_601A, I_601, INA_212I -> UserMessage.of("factors.qr.rule.spouseParent", kind.code());
            case INA_212H -> UserMessage.of("factors.qr.rule.spouseParentChild", kind.code());
            case PAROLE, INA_212D3A -> UserMessage.of("factors.qr.noneForKind", kind.code());
        };
    }
}
