package org.hardshipbinder.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers of the design: model ← core (no JavaFX) ← wiring ← cli, ui ← app, and no package cycles.
 */
class LayeringTest {

    private static final String BASE = "org.hardshipbinder";
    private static final String[] CORE = {BASE + ".model..", BASE + ".i18n..", BASE + ".vault..", BASE + ".intake..",
            BASE + ".ocr..", BASE + ".search..", BASE + ".factors..", BASE + ".checks..", BASE + ".binder..",
            BASE + ".sample..", BASE + ".chronology..", BASE + ".editing..",
            BASE + ".grouping.."};

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
}
