package org.hardshipbinder.ui.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.hardshipbinder.ui.common.Fit;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.Person;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;

/**
 * The documents of the open case as thumbnails or a table, with filters and badges. Files and folders can be dropped
 * anywhere on the screen, or chosen (Ctrl+O).
 */
public final class DocumentsView extends BorderPane implements ScreenView {

    private VBox top;
    private final DocumentsViewModel viewModel;
    private final UiText text;
    private final Navigator navigator;
    private final Thumbnails thumbnails;
    private final TableView<DocumentRow> table;
    private final GridView<DocumentRow> grid;
    private final StackPane body = new StackPane();

    public DocumentsView(DocumentsViewModel viewModel, UiText text, Navigator navigator, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.text = text;
        this.navigator = navigator;
        this.thumbnails = thumbnails;
        Label title = new Label(text.get("ui.documents.heading"));
        title.getStyleClass().add("screen-title");

        Button importButton = new Button(text.get("ui.documents.import"));
        importButton.setId("importButton");
        importButton.setAccessibleHelp(text.get("ui.documents.dropHint"));
        importButton.disableProperty().bind(viewModel.busyProperty());
        importButton.setOnAction(e -> chooseFiles());
        org.hardshipbinder.ui.common.Dialogs.opensSystemChooser(importButton);
        Button folderButton = new Button(text.get("ui.documents.importFolder"));
        folderButton.setId("importFolderButton");
        folderButton.disableProperty().bind(viewModel.busyProperty());
        folderButton.setOnAction(e -> chooseFolder());
        org.hardshipbinder.ui.common.Dialogs.opensSystemChooser(folderButton);
        Button recognize = new Button(text.get("ui.ocr.run"));
        recognize.setId("recognizeButton");
        recognize.setVisible(viewModel.canRecognize());
        recognize.setManaged(viewModel.canRecognize());
        recognize.disableProperty().bind(viewModel.busyProperty());
        recognize.setOnAction(e -> viewModel.recognize());

        ToggleGroup mode = new ToggleGroup();
        ToggleButton gridMode = new ToggleButton(text.get("ui.documents.view.grid"));
        gridMode.setId("gridModeButton");
        ToggleButton tableMode = new ToggleButton(text.get("ui.documents.view.table"));
        tableMode.setId("tableModeButton");
        gridMode.setToggleGroup(mode);
        tableMode.setToggleGroup(mode);

        table = table();
        grid = grid();
        warmUpThumbnailCell();
        gridMode.setOnAction(e -> body.getChildren().setAll(grid));
        tableMode.setOnAction(e -> body.getChildren().setAll(table));
        mode.selectToggle(gridMode);
        body.getChildren().setAll(grid);
        mode.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                mode.selectToggle(old);
            }
        });

        FlowPane actions = Fit.row(importButton, folderButton, recognize, gridMode, tableMode);
        Label hint = new Label(text.get("ui.documents.dropHint"));
        hint.getStyleClass().add("explanation");
        top = new VBox(6, title, actions, filters(), hint);
        setTop(top);
        setCenter(body);
        setPadding(MainWindow.screenPadding());
        acceptDrops();
    }

    private FlowPane filters() {
        ComboBox<String> factor = filterBox(viewModel::factorChoices, f -> text.factor(f), viewModel.factorFilterProperty(), "filterFactor");
        ComboBox<String> type = filterBox(viewModel::typeChoices, t -> text.evidenceType(t), viewModel.typeFilterProperty(), "filterType");
        ComboBox<String> language = filterBox(viewModel::languageChoices, text::language, viewModel.languageFilterProperty(), "filterLanguage");
        ComboBox<DocumentStatus> status = filterBox(() -> List.of(DocumentStatus.values()), viewModel::statusLabel,
                viewModel.statusFilterProperty(), "filterStatus");
        ComboBox<Person> person = filterBox(() -> List.copyOf(viewModel.people()), Person::name, viewModel.personFilterProperty(), "filterPerson");
        Button clear = new Button(text.get("ui.filter.clear"));
        clear.setOnAction(e -> viewModel.clearFilters());
        FlowPane row = Fit.row(new Label(text.get("ui.filter.label")),
                labelled(text.get("ui.filter.factor"), factor), labelled(text.get("ui.filter.type"), type),
                labelled(text.get("ui.filter.language"), language), labelled(text.get("ui.filter.status"), status),
                labelled(text.get("ui.filter.person"), person), clear);
        row.getStyleClass().add("filter-row");
        return row;
    }

    private static Node labelled(String label, ComboBox<?> box) {
        box.setPromptText(label);
        box.setAccessibleText(label);
        return box;
    }

    private <T> ComboBox<T> filterBox(Supplier<List<T>> choices, java.util.function.Function<T, String> label,
                                      ObjectProperty<T> target, String id) {
        ComboBox<T> box = Controls.combo(List.of(), label);
        box.setId(id);
        box.setOnShowing(e -> box.getItems().setAll(choices.get()));
        box.valueProperty().bindBidirectional(target);
        return box;
    }

    private TableView<DocumentRow> table() {
        TableView<DocumentRow> view = new TableView<>(viewModel.items());
        view.setId("documentsTable");
        view.setAccessibleText(text.get("ui.documents.heading"));
        view.setPlaceholder(new Label(text.get("ui.documents.empty")));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DocumentRow, String> file = new TableColumn<>(text.get("ui.documents.column.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().document().displayTitle()));
        org.hardshipbinder.ui.common.Controls.wrapping(file);
        file.setPrefWidth(260);
        TableColumn<DocumentRow, Integer> pages = new TableColumn<>(text.get("ui.documents.column.pages"));
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().document().pageCount()));
        TableColumn<DocumentRow, String> date = new TableColumn<>(text.get("ui.documents.column.date"));
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.date(c.getValue().document().metadata().date())));
        TableColumn<DocumentRow, String> language = new TableColumn<>(text.get("ui.documents.column.language"));
        language.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.language(c.getValue().document().metadata().language())));
        TableColumn<DocumentRow, String> factors = new TableColumn<>(text.get("ui.documents.column.factors"));
        factors.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ",
                c.getValue().tags().stream().map(t -> text.factor(t.factor())).distinct().toList())));
        TableColumn<DocumentRow, String> status = new TableColumn<>(text.get("ui.documents.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(" · ", viewModel.badges(c.getValue()))));
        List.of(date, language, factors, status).forEach(org.hardshipbinder.ui.common.Controls::wrapping);
        view.getColumns().setAll(List.of(file, pages, date, language, factors, status));
        Fit.headersWhole(view);
        view.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(view.getSelectionModel().getSelectedItem());
            }
        });
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(view.getSelectionModel().getSelectedItem());
            }
        });
        return view;
    }

    private GridView<DocumentRow> grid() {
        GridView<DocumentRow> view = new GridView<>(viewModel.items());
        view.setId("documentsGrid");
        view.setAccessibleText(text.get("ui.documents.heading"));
        view.setCellWidth(Thumbnails.WIDTH + 24);
        view.setCellHeight(Thumbnails.WIDTH * 1.3 + 94);
        view.setHorizontalCellSpacing(10);
        view.setVerticalCellSpacing(10);
        view.setCellFactory(g -> new ThumbnailCell());
        view.setSkin(new ThumbnailGridSkin<>(view));
        viewModel.items().addListener((ListChangeListener<DocumentRow>) c -> view.setVisible(true));
        return view;
    }

    /**
     * Styles and lays out one thumbnail cell off screen while the screen is built, so the first document of the first
     * import does not pay for loading and styling the cell's classes in the middle of a busy batch (a visible hitch
     * on a slow machine). The sample's texts are not shown anywhere.
     */
    private void warmUpThumbnailCell() {
        ThumbnailCell cell = new ThumbnailCell();
        cell.title.setText(text.get("ui.documents.heading"));
        cell.badgeLabels[0].setText(text.get("ui.documents.heading"));
        cell.badgeLabels[0].getStyleClass().setAll("label", "badge", "badge-waiting");
        cell.setGraphic(cell.box);
        javafx.scene.Scene offScreen = new javafx.scene.Scene(new javafx.scene.Group(cell));
        offScreen.getStylesheets().setAll(getClass().getResource("/ui/app.css").toExternalForm());
        cell.applyCss();
        cell.layout();
    }

    private void open(DocumentRow row) {
        if (row != null) {
            navigator.openDocument(row.id(), 1, null);
        }
    }

    /** A document as a thumbnail with its title and badges; click or Enter opens it. */
    private final class ThumbnailCell extends GridCell<DocumentRow> {

        private final ImageView image = new ImageView();
        private final Label title = new Label();
        private final FlowPane badges = new FlowPane(4, 4);
        private final Label[] badgeLabels = {new Label(), new Label(), new Label()};
        private final VBox box = new VBox(4, image, title, badges);
        private DocumentRow shown;

        ThumbnailCell() {
            getStyleClass().add("thumbnail-cell");
            box.setAlignment(Pos.TOP_CENTER);
            image.setFitWidth(Thumbnails.WIDTH);
            image.setFitHeight(Thumbnails.WIDTH * 1.3);
            image.setPreserveRatio(true);
            title.setWrapText(true);
            title.setMaxWidth(Thumbnails.WIDTH + 10);
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            title.getStyleClass().add("thumbnail-title");
            badges.getChildren().setAll(badgeLabels);
            setFocusTraversable(true);
            setOnMouseClicked(e -> open(getItem()));
            setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    open(getItem());
                }
            });
        }

        /**
         * On every change to the list the ControlsFX grid empties and refills each visible cell, so an empty update
         * only hides the box (swapping the graphic out and back would restyle it) and keeps what was shown: refilling
         * with the same row then costs nothing.
         */
        @Override
        protected void updateItem(DocumentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (getGraphic() != box) {
                setGraphic(box);
            }
            if (empty || row == null) {
                box.setVisible(false);
                setAccessibleText(null);
                return;
            }
            box.setVisible(true);
            if (!row.equals(shown)) {
                show(row);
            }
        }

        private void show(DocumentRow row) {
            boolean sameDocument = shown != null && shown.id() == row.id();
            shown = row;
            title.setText(row.document().displayTitle());
            List<String> texts = viewModel.badges(row);
            for (int i = 0; i < badgeLabels.length; i++) {
                Label badge = badgeLabels[i];
                boolean used = i < texts.size();
                badge.setVisible(used);
                badge.setManaged(used);
                if (used) {
                    badge.setText(texts.get(i));
                    badge.getStyleClass().setAll("label", "badge", badgeStyle(row, texts.get(i)));
                }
            }
            if (!sameDocument) {
                image.setImage(null);
                long id = row.id();
                thumbnails.request(row.document(), img -> {
                    if (shown != null && shown.id() == id) {
                        image.setImage(img);
                    }
                });
            }
            setAccessibleText(row.document().displayTitle() + ", " + String.join(", ", texts));
        }

        private String badgeStyle(DocumentRow row, String badge) {
            if (badge.equals(viewModel.statusLabel(row.document().status()))) {
                return switch (row.document().status()) {
                    case OCR_DONE -> "badge-done";
                    case OCR_FAILED -> "badge-error";
                    default -> "badge-waiting";
                };
            }
            return "badge-warning";
        }
    }

    /** Opens the file chooser (Ctrl+O). */
    public void chooseFiles() {
        if (viewModel.busyProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.documents.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("ui.documents.chooserFilter"),
                        "*.pdf", "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.gif", "*.bmp", "*.webp", "*.pnm"),
                new FileChooser.ExtensionFilter(text.get("ui.documents.chooserAll"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (chosen != null) {
            viewModel.importFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text.get("ui.documents.importFolder"));
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            viewModel.importFiles(List.of(folder.toPath()));
        }
    }

    /** A notice shown above the documents (suggestions to join or cut papers). */
    public void showAbove(Node notice) {
        top.getChildren().add(notice);
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            viewModel.importFiles(dropped);
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
        });
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        if (openCase != null && (viewModel.currentCaseProperty().get() == null
                || viewModel.currentCaseProperty().get().id() != openCase.id())) {
            viewModel.openCase(openCase);
        } else {
            viewModel.refresh();
        }
    }
}
