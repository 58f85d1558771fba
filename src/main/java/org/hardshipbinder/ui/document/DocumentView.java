package org.hardshipbinder.ui.document;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.hardshipbinder.ui.common.Fit;
import javafx.scene.layout.VBox;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.shell.ScreenView;

/** One document: the page viewer on the left; its text, details, factors and facts on the right. */
public final class DocumentView extends BorderPane implements ScreenView {

    private final DocumentViewModel viewModel;
    private final PageViewer viewer;
    private final VBox top;

    public DocumentView(DocumentViewModel viewModel, UiText text, Navigator navigator) {
        this.viewModel = viewModel;
        setId("documentScreen");
        Label title = new Label();
        title.setId("documentTitle");
        title.getStyleClass().add("screen-title");
        viewModel.dataProperty().addListener((o, old, d) -> title.setText(d == null ? "" : d.document().displayTitle()));

        viewer = new PageViewer(viewModel, text.get("ui.document.pageImage"));
        Button back = button(text.get("ui.document.back"), text.get("ui.document.back"), () -> navigator.show(Screen.DOCUMENTS));
        back.setId("backToDocuments");
        Button previous = button("◀", text.get("ui.document.previous"), viewModel::previousPage);
        previous.setId("previousPage");
        Button next = button("▶", text.get("ui.document.next"), viewModel::nextPage);
        next.setId("nextPage");
        Label pageLabel = new Label();
        pageLabel.setId("pageLabel");
        pageLabel.textProperty().bind(viewModel.pageLabelProperty());
        Button zoomOut = button("−", text.get("ui.document.zoomOut"), viewModel::zoomOut);
        Button zoomIn = button("+", text.get("ui.document.zoomIn"), viewModel::zoomIn);
        Button fit = button(text.get("ui.document.fit"), text.get("ui.document.fitHelp"),
                () -> viewModel.fitWidth(viewer.getViewportBounds().getWidth() - 8));
        Button rotate = button("⟳", text.get("ui.document.rotate"), viewModel::rotateView);
        rotate.setId("rotateView");
        TextField find = new TextField();
        find.setId("findInDocument");
        find.setPromptText(text.get("ui.document.find"));
        find.setAccessibleText(text.get("ui.document.find"));
        Fit.em(find, "-fx-pref-width", 18); // its prompt shows whole
        find.textProperty().bindBidirectional(viewModel.highlightProperty());
        CheckBox cleaned = cleanedToggle(viewModel, text);
        FlowPane tools = Fit.row(back, previous, pageLabel, next, zoomOut, zoomIn, fit, rotate, cleaned, find);
        Label message = new Label();
        message.setId("documentMessage");
        message.textProperty().bind(viewModel.messageProperty());

        TextArea pageText = new TextArea();
        pageText.setId("pageText");
        pageText.setEditable(false);
        pageText.setWrapText(true);
        pageText.setAccessibleText(text.get("ui.document.textTab"));
        pageText.textProperty().bind(viewModel.pageTextProperty());
        ListView<String> facts = new ListView<>(viewModel.facts());
        facts.setId("factsList");
        facts.setPlaceholder(new Label(text.get("ui.document.noFacts")));
        TabPane side = new TabPane(
                tab(text.get("ui.document.textTab"), pageText),
                tab(text.get("ui.document.detailsTab"), scroll(new MetadataForm(viewModel, text))),
                tab(text.get("ui.document.factorsTab"), scroll(new TagsPane(viewModel, text))),
                tab(text.get("ui.document.factsTab"), facts));
        side.setId("documentTabs");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(viewer, side);
        split.setDividerPositions(0.55);

        setOnKeyPressed(e -> {
            if (e.getTarget() instanceof TextField || e.getTarget() instanceof TextArea) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                viewModel.nextPage();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                viewModel.previousPage();
            }
        });
        top = new VBox(4, title, tools, message);
        setTop(top);
        setCenter(split);
        setPadding(MainWindow.screenPadding());
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setPadding(new javafx.geometry.Insets(8));
        return pane;
    }

    /** Shown on photographed pages only: ticked, the cleaned image; unticked, the photo as taken. */
    private static CheckBox cleanedToggle(DocumentViewModel viewModel, UiText text) {
        CheckBox toggle = new CheckBox(text.get("imaging.toggle"));
        toggle.setId("cleanedPhoto");
        toggle.setTooltip(new Tooltip(text.get("imaging.toggle.help")));
        toggle.setAccessibleHelp(text.get("imaging.toggle.help"));
        toggle.visibleProperty().bind(viewModel.cleanedAvailableProperty());
        toggle.managedProperty().bind(toggle.visibleProperty());
        viewModel.cleanedInUseProperty().addListener((o, old, now) -> toggle.setSelected(now));
        toggle.setOnAction(e -> viewModel.useCleanedImage(toggle.isSelected()));
        return toggle;
    }

    private static Button button(String label, String help, Runnable action) {
        Button button = new Button(label);
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Another row of tools under the page tools (the page edits). */
    public void addToolRow(Node row) {
        top.getChildren().add(2, row);
    }

    public DocumentViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node node() {
        return this;
    }
}
