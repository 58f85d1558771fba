package org.hardshipbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The installer's training run works without a display and touches the command line, the vault and the window. */
class ClassArchiveTrainingTest {

    @Test
    void runsEveryCommandAndLoadsTheWindowsClassesWithoutADisplay() throws Exception {
        String before = System.getProperty("java.util.prefs.userRoot");
        ClassArchiveTraining.Outcome outcome = ClassArchiveTraining.run();
        assertThat(outcome.exitCodes()).hasSize(5).containsOnly(0);
        assertThat(outcome.succeeded()).isTrue();
        // from the test classes folder: at least our own window classes (JavaFX is in its own jars here)
        assertThat(outcome.windowClasses()).isGreaterThan(100);
        restore(before);
    }

    @Test
    void picksTheWindowsPackagesOfThisSystemOnly() {
        assertThat(WindowClasses.isWindowClass("javafx/scene/control/Button.class")).isTrue();
        assertThat(WindowClasses.isWindowClass("com/sun/glass/ui/gtk/GtkApplication.class")).isTrue();
        assertThat(WindowClasses.isWindowClass("org/hardshipbinder/ui/shell/MainWindow.class")).isTrue();
        assertThat(WindowClasses.isWindowClass("com/sun/glass/ui/win/WinApplication.class")).isFalse();
        assertThat(WindowClasses.isWindowClass("com/sun/prism/d3d/D3DContext.class")).isFalse();
        assertThat(WindowClasses.isWindowClass("org/bouncycastle/crypto/Digest.class")).isFalse();
        assertThat(WindowClasses.isWindowClass("javafx/module-info.class")).isFalse();
    }

    /** The training sets up this JVM's logging and preferences for its throw-away folder: put them back. */
    private static void restore(String value) throws java.io.IOException {
        java.util.logging.LogManager.getLogManager().readConfiguration();
        if (value == null) {
            System.clearProperty("java.util.prefs.userRoot");
        } else {
            System.setProperty("java.util.prefs.userRoot", value);
        }
    }
}
