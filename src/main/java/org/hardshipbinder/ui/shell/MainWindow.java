package org.hardshipbinder.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.FirstFrame;
import org.hardshipbinder.ui.task.Activity;

/**
 * The frame around every screen: the left navigation for the open case, the screen itself, and the status bar with
 * the background task's progress, pause and cancel. It is also the app's {@link Navigator}.
 */
public final class MainWindow implements Navigator {

    /** Opens one document at a page on the document screen. */
    @FunctionalInterface
    public interface DocumentOpener {
        void open(long documentId, int page, String highlight);
    }

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final UiText text;
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final ToggleGroup navigation = new ToggleGroup();
    private final ObjectProperty<Case> currentCase = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Screen> currentScreen = new ReadOnlyObjectWrapper<>();
    private Function<Screen, ScreenView> factory = s -> null;
    private DocumentOpener documentOpener = (id, page, highlight) -> { };

    public MainWindow(UiText text, Activity activity) {
        this.text = text;
        root.setId("mainWindow");
        root.setLeft(navigationBar());
        content.getStyleClass().add("screen-area");
        root.setCenter(content);
        root.setBottom(new StatusLine(activity, text));
    }

    /** Where the views come from (built on first use) and how a document is opened. */
    public void setViews(Function<Screen, ScreenView> viewFactory, DocumentOpener opener) {
        this.factory = viewFactory;
        this.documentOpener = opener;
    }

    /** The menu bar above everything. */
    public void setMenuBar(Node menuBar) {
        root.setTop(menuBar);
    }

    public Parent root() {
        return root;
    }

    public Map<KeyCombination, Runnable> screenShortcuts() {
        Map<KeyCombination, Runnable> shortcuts = new java.util.LinkedHashMap<>();
        int digit = 1;
        for (Screen screen : Screen.navigation()) {
            if (digit > 9) {
                break;
            }
            KeyCode code = KeyCode.valueOf("DIGIT" + digit++);
            shortcuts.put(new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN), () -> show(screen));
        }
        return shortcuts;
    }

    private VBox navigationBar() {
        VBox bar = new VBox();
        bar.getStyleClass().add("navigation");
        bar.setId("navigation");
        Label caseLabel = new Label();
        caseLabel.getStyleClass().add("navigation-case");
        caseLabel.setId("openCaseLabel");
        caseLabel.setWrapText(true);
        caseLabel.textProperty().bind(Bindings.createStringBinding(() -> currentCase.get() == null
                ? text.get("ui.nav.noCase") : currentCase.get().displayTitle(), currentCase));
        bar.getChildren().add(caseLabel);
        Map<ToggleButton, String> tips = new java.util.LinkedHashMap<>();
        int digit = 1;
        for (Screen screen : Screen.navigation()) {
            ToggleButton button = new ToggleButton(text.get(screen.key()));
            button.setId(screen.id());
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("navigation-button");
            String shortcut = digit <= 9 ? " (" + text.get("ui.nav.shortcut", digit) + ")" : "";
            digit++;
            tips.put(button, text.get(screen.key() + ".help") + shortcut);
            button.setAccessibleHelp(text.get(screen.key() + ".help"));
            if (screen.needsCase()) {
                button.disableProperty().bind(currentCase.isNull());
            }
            button.setOnAction(e -> show(screen));
            buttons.put(screen, button);
            bar.getChildren().add(button);
        }
        // each tooltip is a popup window of its own: made just after the first frame, before anyone can hover
        FirstFrame.after(bar, () -> tips.forEach((button, tip) -> button.setTooltip(new Tooltip(tip))));
        return bar;
    }

    @Override
    public void openCase(Case openCase) {
        currentCase.set(openCase);
        show(Screen.DOCUMENTS);
    }

    @Override
    public void show(Screen screen) {
        if (screen.needsCase() && currentCase.get() == null) {
            screen = Screen.START;
        }
        ScreenView view = views.computeIfAbsent(screen, factory);
        if (view == null) {
            return;
        }
        content.getChildren().setAll(view.node());
        currentScreen.set(screen);
        ToggleButton button = buttons.get(screen == Screen.DOCUMENT ? Screen.DOCUMENTS : screen);
        navigation.selectToggle(button);
        view.shown(currentCase.get());
    }

    @Override
    public void openDocument(long documentId, int page, String highlight) {
        show(Screen.DOCUMENT);
        documentOpener.open(documentId, page, highlight);
    }

    @Override
    public Optional<Case> currentCase() {
        return Optional.ofNullable(currentCase.get());
    }

    public ReadOnlyObjectProperty<Case> currentCaseProperty() {
        return currentCase;
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return currentScreen.getReadOnlyProperty();
    }

    /** Fills the remaining width; used by screens for their tool bars. */
    public static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }

    public static Insets screenPadding() {
        return new Insets(12);
    }
}
