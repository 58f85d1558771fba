package org.hardshipbinder.checks;

import java.util.List;
import org.hardshipbinder.checks.binder.NotInBinderCheck;
import org.hardshipbinder.checks.binder.VolumeSizeCheck;
import org.hardshipbinder.checks.contradiction.BirthDateConflictCheck;
import org.hardshipbinder.checks.contradiction.ChronologyCheck;
import org.hardshipbinder.checks.contradiction.IdNumberConflictCheck;
import org.hardshipbinder.checks.contradiction.IncomeConflictCheck;
import org.hardshipbinder.checks.contradiction.MarriageDateConflictCheck;
import org.hardshipbinder.checks.contradiction.NameVariantCheck;
import org.hardshipbinder.checks.core.Check;
import org.hardshipbinder.checks.coverage.FactorEvidenceCheck;
import org.hardshipbinder.checks.coverage.RelationshipProofCheck;
import org.hardshipbinder.checks.coverage.ScenarioMissingCheck;
import org.hardshipbinder.checks.preflight.DuplicateCheck;
import org.hardshipbinder.checks.preflight.FutureDatedPageCheck;
import org.hardshipbinder.checks.preflight.LowOcrConfidenceCheck;
import org.hardshipbinder.checks.preflight.ModelMissingCheck;
import org.hardshipbinder.checks.preflight.NoTextCheck;
import org.hardshipbinder.checks.preflight.StaleEvidenceCheck;
import org.hardshipbinder.checks.preflight.UndatedCheck;
import org.hardshipbinder.checks.translation.TranslationCertificateCheck;
import org.hardshipbinder.checks.translation.TranslationCompletenessCheck;
import org.hardshipbinder.checks.translation.TranslationLanguageCheck;
import org.hardshipbinder.checks.translation.TranslationMissingCheck;
import org.hardshipbinder.checks.translation.TranslationPairingCheck;
import org.hardshipbinder.checks.translation.TranslatorIsPartyCheck;

/** Every check the app runs, in the order their findings are grouped: translations, contradictions, coverage, preflight, binder. */
public final class CheckCatalog {

    private CheckCatalog() {
    }

    public static List<Check> standard() {
        return List.of(
                new TranslationMissingCheck(), new TranslationLanguageCheck(), new TranslationCertificateCheck(),
                new TranslationCompletenessCheck(), new TranslatorIsPartyCheck(), new TranslationPairingCheck(),
                new BirthDateConflictCheck(), new MarriageDateConflictCheck(), new IdNumberConflictCheck(),
                new NameVariantCheck(), new IncomeConflictCheck(), new ChronologyCheck(),
                new RelationshipProofCheck(), new ScenarioMissingCheck(), new FactorEvidenceCheck(),
                new UndatedCheck(), new LowOcrConfidenceCheck(), new NoTextCheck(), new ModelMissingCheck(), new DuplicateCheck(),
                new StaleEvidenceCheck(), new NotInBinderCheck(), new VolumeSizeCheck(), new FutureDatedPageCheck());
    }
}
