package org.hardshipbinder.factors;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a professional's document can show by its words. A physician, a hospital or an employer speaks with authority
 * on their own field, not on the family's ties or its place in a community: those words in their letters are context
 * ("her husband drives her to every appointment"), and the statements of the family or the clergy prove them (a
 * health document may still show a child's special-education needs). A country report describes a country, not one
 * family's finances or bonds; a pastor or a neighbour vouches for the family's place in a community, not a diagnosis.
 * Within health, a letter proves the body or the mind by whichever its words weigh more (see {@link #rival}).
 */
final class TypeScope {

    /** A therapist or a developmental pediatrician may well speak to a child's special-education needs. */
    private static final Set<String> NOT_A_WITNESS_OF_THE_FAMILY = Set.of("family_ties", "social_cultural");
    private static final Set<String> HEALTH = Set.of("medical_record", "physician_letter", "psychological_evaluation",
            "therapy_record", "prescription");
    private static final Map<String, Set<String>> OUT_OF_SCOPE = Map.of(
            "employer_letter", Set.of("family_ties", "social_cultural", "education", "medical", "psychological",
                    "country_conditions"),
            "community_letter", Set.of("medical", "psychological"),
            "country_report", Set.of("family_ties", "social_cultural", "education", "financial", "relationship_proof"),
            "news_article", Set.of("family_ties", "social_cultural", "education", "financial", "relationship_proof"));

    private TypeScope() {
    }

    /** Whether a document of {@code type} may show the hardship factor {@code hardshipFactor} by its words. */
    static boolean mayShow(String type, String hardshipFactor) {
        if (HEALTH.contains(type)) {
            return !NOT_A_WITNESS_OF_THE_FAMILY.contains(hardshipFactor);
        }
        return !OUT_OF_SCOPE.getOrDefault(type, Set.of()).contains(hardshipFactor);
    }

    /** For a health document: the factor that competes with {@code hardshipFactor} (body against mind), if any. */
    static Optional<String> rival(String type, String hardshipFactor) {
        if (!HEALTH.contains(type)) {
            return Optional.empty();
        }
        return switch (hardshipFactor) {
            case "medical" -> Optional.of("psychological");
            case "psychological" -> Optional.of("medical");
            default -> Optional.empty();
        };
    }
}
