package org.hardshipbinder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.List;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of the design: model ← core (no JavaFX) ← wiring ← cli, ui ← app; no package cycles, even
 * between sub-packages; SQL only in the vault; views never see the composition root.
 */
class LayeringTest {

    private static final String BASE = "org.hardshipbinder";
    private static final String[] CORE = {BASE + ".model..", BASE + ".i18n..", BASE + ".vault..", BASE + ".intake..",
            BASE + ".ocr..", BASE + ".search..", BASE + ".factors..", BASE + ".checks..", BASE + ".binder..",
            BASE + ".sample..", BASE + ".chronology..", BASE + ".editing..", BASE + ".text..", BASE + ".imaging..",
            BASE + ".logging..", BASE + ".grouping..", BASE + ".transfer.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void coreNeverTouchesTheUiToolkit() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage(BASE + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        java.util.Arrays.stream(CORE).filter(p -> !p.equals(BASE + ".model..")).toArray(String[]::new))
                .check(classes);
    }

    @Test
    void coreNeverCallsOutward() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".wiring..", BASE + ".cli..", BASE + ".ui..", BASE + ".app..")
                .check(classes);
    }

    @Test
    void wiringKnowsNoFrontEnd() {
        noClasses().that().resideInAPackage(BASE + ".wiring..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".cli..", BASE + ".ui..", BASE + ".app..")
                .check(classes);
    }

    @Test
    void commandLineAndDesktopAreIndependent() {
        noClasses().that().resideInAPackage(BASE + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".ui..", BASE + ".app..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage(BASE + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".cli..", BASE + ".app..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * SQL lives in the vault's repositories. The stores of the binder plan, OCR queue, dismissed findings, factors and
     * full-text index predate this rule and are named here until they move (ADR 0006); nothing else may use JDBC.
     */
    private static final String SQL_NOT_YET_IN_THE_VAULT = "org\\.hardshipbinder\\.(binder\\.BinderPlanStore"
            + "|ocr\\.OcrQueueStore|checks\\.Dismissals|search\\.(SearchService|FtsConsistencyProbe)"
            + "|factors\\.(CustomFactorRepository|ClaimedFactorRepository|DocumentFactsRepository|SuggestionDecisionRepository))(\\$.*)?";

    @Test
    void sqlOnlyInTheVault() {
        noClasses().that().resideOutsideOfPackage(BASE + ".vault..").and().haveNameNotMatching(SQL_NOT_YET_IN_THE_VAULT)
                .should().callMethodWhere(DescribedPredicate.describe("runs SQL (java.sql or vault.Jdbc)",
                        (JavaMethodCall call) -> call.getTargetOwner().getPackageName().equals("java.sql")
                                || call.getTargetOwner().getName().startsWith(BASE + ".vault.Jdbc")))
                .because("SQL lives only in the vault package's repositories; a service may pass a transaction's "
                        + "Connection to them, never run a statement on it")
                .check(classes);
    }

    /** Views and view models bind and hold state; they never see the composition root. */
    @Test
    void viewsNeverSeeTheCompositionRoot() {
        noClasses().that(DescribedPredicate.describe("are views or view models",
                        (JavaClass c) -> c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("ViewModel")))
                .should().dependOnClassesThat().resideInAPackage(BASE + ".wiring..")
                .check(classes);
    }

    /**
     * In the window, only its assembly (ui.desktop) hands out services; adapters get the repositories they call.
     * The three named here still take the whole Services and are to be narrowed like the others (ADR 0006).
     */
    @Test
    void onlyTheWindowsAssemblySeesTheCompositionRoot() {
        noClasses().that().resideInAPackage(BASE + ".ui..").and().resideOutsideOfPackage(BASE + ".ui.desktop..")
                .and().haveNameNotMatching(BASE.replace(".", "\\.")
                        + "\\.ui\\.(document\\.VaultDocumentService|documents\\.VaultDocumentLibrary|timeline\\.DocumentDates)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".wiring..")
                .check(classes);
    }

    /**
     * Opening a vault may migrate it: never on the JavaFX thread. The desktop app opens it in Application.init()
     * (the launcher thread) or through VaultOpening.inBackground; no other method, and nothing in ui, opens one.
     */
    @Test
    void theDesktopAppOpensTheVaultOffTheFxThread() {
        JavaClass app = classes.get(BASE + ".app.DesktopApp");
        List<String> openers = app.getMethods().stream()
                .filter(m -> !m.getName().equals("init"))
                .filter(m -> m.getMethodCallsFromSelf().stream().anyMatch(LayeringTest::opensAVault))
                .map(JavaMethod::getFullName).toList();
        assertThat(openers).as("methods of DesktopApp that run on the FX thread and open the vault").isEmpty();
        noClasses().that().resideInAPackage(BASE + ".ui..").should().callMethodWhere(
                DescribedPredicate.describe("opens a vault", LayeringTest::opensAVault)).check(classes);
    }

    private static boolean opensAVault(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        return (owner.equals(BASE + ".wiring.Services") && call.getName().equals("open"))
                || (owner.equals(BASE + ".app.VaultOpening") && call.getName().equals("attempt"));
    }

    /** Every package is its own slice, so ui ↔ ui.shell or checks ↔ checks.core count as cycles too. */
    @Test
    void noCyclesBetweenSubPackages() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
