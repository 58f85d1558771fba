package org.hardshipbinder.ui.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hardshipbinder.model.Document;
import org.hardshipbinder.ui.UiText;

/** The documents of one case: table, import by chooser or drag-and-drop, progress, and what was refused. */
public final class DocumentsView extends BorderPane {

    public DocumentsView(DocumentsViewModel viewModel, UiText text, Runnable back) {
        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(Bindings.createStringBinding(viewModel::title, viewModel.currentCaseProperty()));

        TableView<Document> table = new TableView<>(viewModel.items());
        table.setId("documentsTable");
        table.setPlaceholder(new Label(text.get("ui.documents.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Document, String> file = new TableColumn<>(text.get("ui.documents.column.file"));
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayTitle()));
        TableColumn<Document, Integer> pages = new TableColumn<>(text.get("ui.documents.column.pages"));
        pages.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pageCount()));
        TableColumn<Document, String> status = new TableColumn<>(text.get("ui.documents.column.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.statusLabel(c.getValue())));
        table.getColumns().setAll(List.of(file, pages, status));

        Button importButton = new Button(text.get("ui.documents.import"));
        importButton.setId("importButton");
        importButton.disableProperty().bind(viewModel.busyProperty());
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.get("ui.documents.chooser"));
            List<File> chosen = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.importFiles(chosen.stream().map(File::toPath).toList());
            }
        });
        Button backButton = new Button(text.get("ui.documents.back"));
        backButton.setOnAction(e -> back.run());

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

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label statusLine = new Label();
        statusLine.setId("documentsStatus");
        statusLine.textProperty().bind(viewModel.statusProperty());
        ListView<String> refused = new ListView<>(viewModel.rejections());
        refused.setId("rejections");
        refused.setPrefHeight(90);
        refused.visibleProperty().bind(Bindings.isNotEmpty(viewModel.rejections()));
        refused.managedProperty().bind(refused.visibleProperty());

        HBox actions = new HBox(8, backButton, importButton, progress, statusLine);
        actions.setPadding(new Insets(8, 0, 8, 0));
        setTop(new VBox(4, title, actions));
        setCenter(table);
        setBottom(refused);
        setPadding(new Insets(12));
    }
}
