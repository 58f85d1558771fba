package org.hardshipbinder.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.hardshipbinder.ui.testing.ScreenInspector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drop-down in a narrow form at 150 % text keeps its whole choice and prompt. */
@ExtendWith(ApplicationExtension.class)
class FitTest {

    private ComboBox<String> box;
    private ScrollPane root;

    @Start
    void start(Stage stage) {
        box = Controls.combo(List.of("Official record", "Family letter"), s -> s);
        GridPane form = Controls.form();
        form.addRow(0, Controls.label("Where it comes from", box), box);
        root = new ScrollPane(form);
        root.setFitToWidth(true);
        root.setStyle("-fx-font-size: 19.5px;");
        stage.setScene(new Scene(root, 260, 200));
        stage.show();
    }

    @Test
    void aChoiceIsNeverCut(FxRobot robot) {
        robot.interact(() -> box.setValue("Official record"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.layout());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ScreenInspector.truncated(root, "form")).isEmpty();
        assertThat(box.getMinWidth()).isGreaterThan(100);
    }
}
