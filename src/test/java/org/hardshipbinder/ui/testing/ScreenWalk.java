package org.hardshipbinder.ui.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hardshipbinder.ui.common.Dialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks what the current screen can show without leaving it: every tab, every toggle of a view, and every dialog its
 * buttons open ("…" buttons, with nothing selected and then with each row of its tables and lists selected), and
 * collects what {@link ScreenInspector} objects to. Dialogs must be owned by the main window and fit inside it.
 */
public final class ScreenWalk {

    private static final int MAX_ROWS = 14;
    private final FxRobot robot;
    private final Stage stage;
    private final List<String> truncated = new ArrayList<>();
    private final List<String> internal = new ArrayList<>();
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> unnamed = new ArrayList<>();
    private final Set<String> seenDialogs = new LinkedHashSet<>();
    private final Set<String> shot = new LinkedHashSet<>();
    private String screenshots;

    public ScreenWalk(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /**
     * From now on, the first time each dialog is seen it is also written as a screenshot named {@code prefix} and
     * its button's label; null stops.
     */
    public void screenshotDialogs(String prefix) {
        screenshots = prefix;
    }

    /** Inspects the screen shown now, its tabs and toggles, and the dialogs it opens. */
    public void walk(Node screen, String name) throws Exception {
        settle(1200);
        inspect(stage.getScene().getRoot(), name);
        for (TabPane tabs : all(screen, TabPane.class)) {
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                settle(400);
                inspect(stage.getScene().getRoot(), name + " / " + tab.getText());
            }
            robot.interact(() -> tabs.getSelectionModel().selectFirst());
        }
        for (ToggleButton toggle : all(screen, ToggleButton.class)) {
            if (!toggle.getStyleClass().contains("navigation-button") && !toggle.isDisabled()) {
                robot.interact(toggle::fire);
                settle(600);
                inspect(stage.getScene().getRoot(), name + " / " + toggle.getText());
            }
        }
        Set<ButtonBase> alwaysThere = new LinkedHashSet<>(dialogButtons(screen));
        for (ButtonBase button : alwaysThere) {
            openDialog(button, name);
        }
        for (Node list : lists(screen)) {
            int rows = Math.min(MAX_ROWS, items(list));
            for (int i = 0; i < rows; i++) {
                int row = i;
                robot.interact(() -> select(list, row));
                settle(150);
                for (ButtonBase button : dialogButtons(screen)) {
                    if (!alwaysThere.contains(button)) {
                        openDialog(button, name + " / row " + (row + 1));
                    }
                }
            }
        }
    }

    private void openDialog(ButtonBase button, String where) throws Exception {
        String label = button.getText();
        Platform.runLater(button::fire);
        settle(300);
        List<Window> shown;
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !Windows.over(stage).stream()
                    .filter(w -> w instanceof Stage).toList().isEmpty());
            shown = Windows.over(stage).stream().filter(w -> w instanceof Stage).toList();
        } catch (TimeoutException none) {
            return;
        }
        settle(500);
        for (Window window : shown) {
            String name = where + " → " + label;
            Parent root = window.getScene().getRoot();
            String signature = label + "|" + ScreenInspector.visible(root).size();
            seenDialogs.add(signature);
            if (((Stage) window).getOwner() != stage) {
                dialogs.add(name + ": not owned by the main window");
            }
            if (window.getWidth() > stage.getWidth() + 0.5 || window.getHeight() > stage.getHeight() + 0.5) {
                dialogs.add(name + ": " + Math.round(window.getWidth()) + "×" + Math.round(window.getHeight())
                        + " is larger than the window " + Math.round(stage.getWidth()) + "×" + Math.round(stage.getHeight()));
            }
            inspect(root, name);
            String file = screenshots == null ? null : screenshots + java.text.Normalizer.normalize(label,
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-")
                    .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
            if (file != null && shot.add(file)) {
                Screenshots.write(window.getScene(), file);
            }
            close(window);
        }
    }

    private void close(Window window) throws TimeoutException, InterruptedException {
        Parent root = window.getScene().getRoot();
        DialogPane pane = root instanceof DialogPane p ? p : null;
        robot.interact(() -> {
            Button cancel = pane == null ? null : pane.getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE || t.getButtonData().isCancelButton())
                    .map(t -> (Button) pane.lookupButton(t)).findFirst().orElse(null);
            if (cancel != null) {
                cancel.fire();
            } else {
                window.hide();
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
        settle(200);
    }

    private void inspect(Parent root, String where) {
        truncated.addAll(ScreenInspector.truncated(root, where));
        internal.addAll(ScreenInspector.internalWords(root, where));
        unnamed.addAll(ScreenInspector.unnamed(root, where));
    }

    /** Buttons of the screen that open a dialog of the app: "…" at the end, shown, enabled, not a system chooser. */
    private static List<ButtonBase> dialogButtons(Node screen) {
        return all(screen, ButtonBase.class).stream()
                .filter(b -> !(b instanceof ToggleButton))
                .filter(b -> b.getText() != null && b.getText().strip().endsWith("…"))
                .filter(b -> b.isVisible() && !b.isDisabled() && b.getScene() != null)
                .filter(b -> !Boolean.TRUE.equals(b.getProperties().get(Dialogs.SYSTEM_CHOOSER)))
                .toList();
    }

    private static List<Node> lists(Node screen) {
        List<Node> lists = new ArrayList<>();
        lists.addAll(all(screen, TableView.class));
        lists.addAll(all(screen, ListView.class));
        return lists;
    }

    private static int items(Node list) {
        return list instanceof TableView<?> t ? t.getItems().size() : ((ListView<?>) list).getItems().size();
    }

    private static void select(Node list, int row) {
        if (list instanceof TableView<?> t) {
            t.getSelectionModel().clearAndSelect(row);
        } else {
            ((ListView<?>) list).getSelectionModel().clearAndSelect(row);
        }
    }

    private static <T> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node n : ScreenInspector.visible((Parent) root)) {
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
        }
        return found;
    }

    private static void settle(long millis) throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(millis);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public List<String> truncated() {
        return truncated;
    }

    public List<String> internalWords() {
        return internal;
    }

    public List<String> unnamedControls() {
        return unnamed;
    }

    public List<String> dialogProblems() {
        return dialogs;
    }

    public Set<String> dialogsSeen() {
        return seenDialogs;
    }
}
