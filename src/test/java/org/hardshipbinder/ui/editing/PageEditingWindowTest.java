package org.hardshipbinder.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.testing.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Merge, split and undo pressed in the window on a real vault: a suggestion to join two pages accepted from the
 * documents screen, a document split at the page shown, Ctrl+Z taking the split back, and "Merge with…" joining it
 * again through its chooser.
 */
@ExtendWith(ApplicationExtension.class)
class PageEditingWindowTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path dir;
    private UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = UiHarness.open(dir.resolve("vault-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    private int documents(long caseId) {
        return harness.services().documents().listForCase(caseId).size();
    }

    @Test
    void mergeSplitAndUndoInTheWindow(FxRobot robot) throws Exception {
        Case open = harness.services().cases().create(org.hardshipbinder.model.CaseKind.I_601A, "Fictional Applicant", null);
        EditingFixture fixture = EditingFixture.withoutVault(harness.services(), open.id(), dir);
        long first = fixture.document("statement p1 " + System.nanoTime() + ".pdf", EditingViewModelsTest.STATEMENT_1);
        fixture.document("statement p2 " + System.nanoTime() + ".pdf", EditingViewModelsTest.STATEMENT_2);
        long letter = fixture.document("letter " + System.nanoTime() + ".pdf", EditingViewModelsTest.LETTER);
        robot.interact(() -> harness.ui().window().openCase(open));

        // the documents screen offers to join the two statement pages; one click does it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#acceptGrouping0").tryQuery().isPresent());
        assertThat(robot.lookup("#groupingSuggestions").queryAs(Node.class).isVisible()).isTrue();
        robot.clickOn("#acceptGrouping0");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents(open.id()) == 2);
        assertThat(fixture.pages(first)).hasSize(2);

        // split the joined statement at its second page
        robot.interact(() -> harness.ui().window().openDocument(first, 2, ""));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#splitHere").queryButton().isDisabled()
                && harness.ui().screens().pageEdits().targetProperty().get().pageNumber() == 2);
        robot.clickOn("#splitHere");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents(open.id()) == 3);
        assertThat(fixture.pages(first)).hasSize(1);

        // Ctrl+Z takes the split back
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> harness.ui().screens().pageEdits().canUndoProperty().get());
        robot.clickOn("#pageLabel").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents(open.id()) == 2);
        assertThat(fixture.pages(first)).hasSize(2);

        // "Merge with…" puts the letter after the statement, chosen in the dialog
        robot.interact(() -> harness.ui().window().openDocument(first, 1, ""));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#mergeWith").queryButton().isDisabled());
        robot.clickOn("#mergeWith");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.listTargetWindows().size() > 1);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents(open.id()) == 1);
        assertThat(fixture.pages(first)).hasSize(3);
        assertThat(harness.services().documents().find(letter)).isEmpty();
    }
}
