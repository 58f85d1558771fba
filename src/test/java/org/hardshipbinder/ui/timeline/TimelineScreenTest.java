package org.hardshipbinder.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.ChronologyFixture;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.FactKind;
import org.hardshipbinder.testdata.CaseGenerator;
import org.hardshipbinder.ui.shell.Screen;
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
 * The timeline in the real window: the facts the documents state, each with its page; the person filter; the
 * dates that disagree side by side; a row opens its document at that page; the document screen lists its facts.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineScreenTest {

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

    @Test
    void showsTheFactsWithTheirPagesAndFiltersByPerson(FxRobot robot) throws Exception {
        ChronologyFixture fixture = ChronologyFixture.build(new CaseGenerator(harness.services(), dir));
        for (long document : new long[] {fixture.birthCertificate(), fixture.declaration(), fixture.physicianLetter(), fixture.note()}) {
            // The generated pages carry their text already: nothing for text recognition to do in the background.
            harness.services().documents().moveTo(document, DocumentStatus.OCR_QUEUED, null);
            harness.services().documents().moveTo(document, DocumentStatus.OCR_DONE, null);
        }
        robot.interact(() -> harness.ui().window().openCase(fixture.theCase()));
        robot.clickOn("#" + Screen.TIMELINE.id());
        ListView<ChronologyEvent> list = robot.lookup("#timelineList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(e -> e.kind() == FactKind.DIAGNOSIS_DATE));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels(robot, list).stream().anyMatch(t -> t.contains(", page 2"))
                && labels(robot, list).stream().anyMatch(t -> t.contains("Birth certificate of Marisol Quintana Vélez, page 1")));
        assertThat(list.getItems()).extracting(ChronologyEvent::kind)
                .contains(FactKind.BIRTH_DATE, FactKind.MARRIAGE_DATE, FactKind.DIAGNOSIS_DATE, FactKind.DOCUMENT_DATE);
        assertThat(labels(robot, list)).anySatisfy(t -> assertThat(t).contains("Letter from Dr. Ines Valdoria, page 2"))
                .anySatisfy(t -> assertThat(t).contains("Birth certificate of Marisol Quintana Vélez, page 1"));
        assertThat(labels(robot, robot.lookup("#timelineConflicts").query()))
                .contains("Birth of Marisol Quintana Vélez", "Mar 3, 1990", "Mar 13, 1990");

        ComboBox<TimelineViewModel.PersonChoice> person = robot.lookup("#timelinePerson").queryComboBox();
        robot.interact(() -> person.setValue(person.getItems().stream()
                .filter(p -> p.label().equals("Leandro Arrieta Quintana")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isNotEmpty().allSatisfy(e -> assertThat(e.personId()).isEqualTo(fixture.child().id()));
        assertThat(robot.lookup("#timelineConflicts").query().isVisible()).isFalse();

        robot.interact(() -> person.setValue(person.getItems().get(0)));
        int diagnosis = list.getItems().indexOf(list.getItems().stream().filter(e -> e.kind() == FactKind.DIAGNOSIS_DATE)
                .findFirst().orElseThrow());
        robot.interact(() -> {
            list.getSelectionModel().select(diagnosis);
            list.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#documentTitle").queryAs(Label.class).getText().contains("Letter from Dr. Ines Valdoria"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#pageLabel").queryAs(Label.class).getText().contains("2"));
        ListView<String> facts = robot.lookup("#factsList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> facts.getItems().stream().anyMatch(f -> f.contains("Diagnosis")));
        assertThat(facts.getItems()).anySatisfy(f -> assertThat(f).contains("Diagnosis: May 1, 2020 — Marisol Quintana Vélez (page 2)"));
        // Let the page image finish rendering before the window closes.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(robot.lookup("#pageViewer").<Node>query())
                .lookup((java.util.function.Predicate<Node>) n -> n instanceof javafx.scene.image.ImageView v && v.getImage() != null)
                .tryQuery().isPresent());
    }

    /** The text of every label under a node (rendered list cells included). */
    private static List<String> labels(FxRobot robot, Node root) {
        return robot.from(root).lookup((java.util.function.Predicate<Node>) n -> n instanceof Label || n instanceof javafx.scene.control.Hyperlink).queryAll().stream()
                .map(n -> n instanceof Label l ? l.getText() : ((javafx.scene.control.Hyperlink) n).getText()).toList();
    }
}
