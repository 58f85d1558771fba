package org.hardshipbinder.ui.binder;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.shell.ScreenView;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The binder screen: the plan on the left (drag exhibits to reorder, Alt+Up/Down from the keyboard, tick to include),
 * the exhibit index preview on the right, and labels, size limit, export, print and open folder below.
 */
public final class BinderView extends BorderPane implements ScreenView {

    private static final DataFormat EXHIBIT = new DataFormat("application/x-hardshipbinder-exhibit");
    private final BinderViewModel viewModel;
    private final UiText text;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private Button exportButton;

    public BinderView(BinderViewModel viewModel, UiText text, TaskRunner tasks, Navigator navigator) {
        this.viewModel = viewModel;
        this.navigator = navigator;
        this.text = text;
        this.tasks = tasks;
        setId("binderScreen");
        Label title = new Label(text.get("ui.binder.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(text.get("ui.binder.help"));
        help.setWrapText(true);
        help.getStyleClass().add("explanation");

        ListView<BinderViewModel.Row> plan = new ListView<>(viewModel.rows());
        plan.setId("binderPlan");
        plan.setAccessibleText(text.get("ui.binder.plan"));
        plan.setCellFactory(l -> new PlanCell());
        // a filter, so the list does not also move its selection; the moved exhibit stays selected after the reload
        plan.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            BinderViewModel.Row row = plan.getSelectionModel().getSelectedItem();
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                viewModel.nudge(row, -1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                viewModel.nudge(row, 1);
            } else if (e.getCode() == KeyCode.SPACE && row != null && !row.isSection()) {
                viewModel.setIncluded(row, !row.exhibit().included());
                viewModel.keptSelectionProperty().set(row.exhibit().id());
            } else {
                return;
            }
            e.consume();
        });
        viewModel.rows().addListener((javafx.collections.ListChangeListener<BinderViewModel.Row>) change -> {
            Long kept = viewModel.keptSelectionProperty().get();
            if (kept == null) {
                return;
            }
            for (int i = 0; i < viewModel.rows().size(); i++) {
                BinderViewModel.Row row = viewModel.rows().get(i);
                if (!row.isSection() && row.exhibit().id() == kept) {
                    plan.getSelectionModel().clearAndSelect(i);
                    plan.getFocusModel().focus(i);
                    plan.scrollTo(Math.max(0, i - 3));
                    break;
                }
            }
        });
        ListView<org.hardshipbinder.ui.binder.BinderState.Exhibit> index = new ListView<>(viewModel.index());
        index.setId("indexPreview");
        index.setAccessibleText(text.get("ui.binder.index"));
        index.setPlaceholder(new Label(text.get("ui.binder.emptyIndex")));
        index.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BinderState.Exhibit exhibit, boolean empty) {
                super.updateItem(exhibit, empty);
                setText(empty || exhibit == null ? null : viewModel.indexLine(exhibit));
                // a long title wraps inside the list rather than running past its edge
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label planTitle = new Label(text.get("ui.binder.plan"));
        planTitle.getStyleClass().add("section-title");
        Label indexTitle = new Label(text.get("ui.binder.index"));
        indexTitle.getStyleClass().add("section-title");
        SplitPane split = new SplitPane(new VBox(4, planTitle, plan), new VBox(4, indexTitle, index));
        VBox.setVgrow(plan, javafx.scene.layout.Priority.ALWAYS);
        VBox.setVgrow(index, javafx.scene.layout.Priority.ALWAYS);
        split.setDividerPositions(0.55);

        ComboBox<String> labels = Controls.combo(List.of("letters", "numbers", "section_prefixed"), s -> text.get("ui.binder.labels." + s));
        labels.setId("labelScheme");
        labels.valueProperty().bindBidirectional(viewModel.labelSchemeProperty());
        TextField maxMb = new TextField();
        maxMb.setId("maxMbField");
        maxMb.setPrefColumnCount(4);
        viewModel.maxMbProperty().addListener((o, old, now) -> maxMb.setText(now == null ? "" : now.toString()));
        Button apply = new Button(text.get("ui.binder.apply"));
        apply.setOnAction(e -> viewModel.saveSettings(labels.getValue(), parseMb(maxMb.getText())));
        Button export = new Button(text.get("ui.binder.export"));
        export.setId("exportBinder");
        exportButton = export;
        export.disableProperty().bind(viewModel.busyProperty());
        export.setOnAction(e -> viewModel.mustFix(open -> {
            if (open.isEmpty()) {
                chooseAndExport(maxMb.getText());
                return;
            }
            new MustFixDialog(open, text, this).showAndWait().ifPresent(choice -> {
                if (choice == MustFixDialog.Choice.FIX_FIRST) {
                    navigator.show(Screen.CHECKS);
                } else {
                    chooseAndExport(maxMb.getText());
                }
            });
        }));
        Dialogs.opensSystemChooser(export);
        Button print = new Button(text.get("ui.binder.print"));
        print.setId("printIndex");
        print.setOnAction(e -> printIndex());
        if (IndexPrinter.hasPrinter()) {
            Dialogs.opensSystemChooser(print);
        }
        Button open = new Button(text.get("ui.binder.openFolder"));
        open.setId("openFolder");
        open.disableProperty().bind(viewModel.lastExportProperty().isNull());
        open.setOnAction(e -> openFolder());
        Label message = new Label();
        message.setId("binderMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        javafx.scene.layout.FlowPane settings = org.hardshipbinder.ui.common.Fit.row(
                Controls.label(text.get("ui.binder.labelScheme"), labels), labels,
                Controls.label(text.get("ui.binder.maxMb"), maxMb), maxMb, apply, export, print, open);

        setTop(new VBox(4, title, help));
        setCenter(split);
        setBottom(new VBox(4, settings, message));
        setPadding(MainWindow.screenPadding());
    }

    private static Integer parseMb(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void chooseAndExport(String maxMbText) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.binder.export"));
        chooser.setInitialFileName("binder.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.maxMbProperty().set(parseMb(maxMbText));
            viewModel.export(file.toPath());
        }
    }

    /** Ctrl+P: the system print dialog with the exhibit index; without a printer, the index PDF to open or save. */
    public void printIndex() {
        if (!IndexPrinter.hasPrinter()) {
            offerIndexFile();
            return;
        }
        List<String> lines = viewModel.index().stream().map(viewModel::indexLine).toList();
        Case c = viewModel.currentCase();
        String heading = text.get("ui.binder.indexHeading", c == null ? "" : c.displayTitle());
        if (!IndexPrinter.print(getScene().getWindow(), heading, lines)) {
            viewModel.messageProperty().set(text.get("ui.binder.notPrinted"));
        }
    }

    private void offerIndexFile() {
        ExportResult result = viewModel.lastExportProperty().get();
        Path index = result == null || !result.written() ? null : result.indexFile();
        new IndexFileDialog(index, text, this).showAndWait().ifPresent(choice -> {
            switch (choice) {
                case OPEN -> open(index, index);
                case OPEN_FOLDER -> open(index.toAbsolutePath().getParent(), index);
                case SAVE_COPY -> saveCopy(index);
                case EXPORT -> exportButton.fire();
                default -> { }
            }
        });
    }

    private void saveCopy(Path index) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("desktop.print.saveCopy").replace("…", ""));
        chooser.setInitialFileName(index.getFileName().toString());
        File target = chooser.showSaveDialog(getScene().getWindow());
        if (target == null) {
            return;
        }
        Path copy = target.toPath();
        tasks.run(() -> java.nio.file.Files.copy(index, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING),
                done -> viewModel.messageProperty().set(text.get("desktop.print.saved", copy.getFileName(),
                        copy.toAbsolutePath().getParent())),
                e -> viewModel.messageProperty().set(text.error(e)));
    }

    private void openFolder() {
        ExportResult result = viewModel.lastExportProperty().get();
        if (result == null || result.files().isEmpty()) {
            return;
        }
        Path file = result.files().get(0);
        open(file.toAbsolutePath().getParent(), file);
    }

    /** Opens a file or folder with the system's program, off the UI thread; where it cannot, names the file. */
    private void open(Path target, Path file) {
        String whereItIs = text.get("desktop.print.cannotOpen", file.getFileName(), file.toAbsolutePath().getParent());
        tasks.run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(target.toFile());
            return true;
        }, opened -> {
            if (!opened) {
                viewModel.messageProperty().set(whereItIs);
            }
        }, e -> viewModel.messageProperty().set(whereItIs));
    }

    /** A section heading, or an exhibit with its include box; exhibits can be dragged onto other rows. */
    private final class PlanCell extends ListCell<BinderViewModel.Row> {

        PlanCell() {
            setOnDragDetected(e -> {
                if (getItem() != null && !getItem().isSection()) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(EXHIBIT, getItem().exhibit().id());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(EXHIBIT) && getItem() != null) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(EXHIBIT);
                if (id instanceof Long exhibitId && getItem() != null) {
                    viewModel.moveTo(exhibitId, getItem());
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(BinderViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (row.isSection()) {
                Label heading = new Label(viewModel.sectionTitle(row.section()));
                heading.setStyle("-fx-font-weight: bold;");
                setGraphic(heading);
                return;
            }
            CheckBox include = new CheckBox();
            include.setSelected(row.exhibit().included());
            include.setAccessibleText(text.get("ui.binder.include") + ": " + row.exhibit().title());
            include.setOnAction(e -> viewModel.setIncluded(row, include.isSelected()));
            Label label = new Label(row.exhibit().included() ? row.exhibit().label() : text.get("ui.binder.excluded"));
            org.hardshipbinder.ui.common.Fit.em(label, "-fx-min-width", 5);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add("badge");
            label.getStyleClass().add(row.exhibit().included() ? "badge-done" : "badge-waiting");
            Label what = new Label(row.exhibit().title());
            HBox box = new HBox(8, include, label, what);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
            setGraphic(box);
        }
    }

    public BinderViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        viewModel.load(openCase);
    }
}
