package org.hardshipbinder.ui.cases;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;

/** The start screen: recent cases first, a new case, the sample case. */
public final class StartView extends BorderPane implements ScreenView {

    private final CasesViewModel viewModel;
    private final TableView<Case> table;
    private CaseFileChooser chooser;

    public StartView(CasesViewModel viewModel, CaseTransferViewModel transfer, UiText text, Navigator navigator) {
        this.viewModel = viewModel;
        this.chooser = CaseFileChooser.system(text);
        setId("startView");
        Label title = new Label(text.get("ui.start.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(text.get("ui.start.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("explanation");

        table = new TableView<>(viewModel.items());
        table.setId("casesTable");
        table.setAccessibleText(text.get("ui.cases.title"));
        table.setPlaceholder(new Label(text.get("ui.cases.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Case, String> recent = new TableColumn<>("");
        recent.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.isRecent(c.getValue()) ? "★" : ""));
        recent.setMaxWidth(40);
        recent.setMinWidth(30);
        TableColumn<Case, String> titleColumn = new TableColumn<>(text.get("ui.cases.column.title"));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayTitle()));
        Controls.wrapping(titleColumn);
        TableColumn<Case, String> kindColumn = new TableColumn<>(text.get("ui.cases.column.kind"));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.kindLabel(c.getValue().kind())));
        TableColumn<Case, String> applicantColumn = new TableColumn<>(text.get("ui.cases.column.applicant"));
        applicantColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().applicant()));
        table.getColumns().setAll(List.of(recent, titleColumn, kindColumn, applicantColumn));
        org.hardshipbinder.ui.common.Fit.headersWhole(table);
        Runnable openSelected = () -> {
            Case selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                viewModel.opened(selected);
                navigator.openCase(selected);
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });

        Button create = new Button(text.get("ui.cases.new"));
        create.setId("newCaseButton");
        create.setOnAction(e -> new CreateCaseDialog(viewModel, text, this).showAndWait()
                .ifPresent(form -> viewModel.create(form, created -> {
                    viewModel.opened(created);
                    navigator.openCase(created);
                })));
        Button open = new Button(text.get("ui.cases.open"));
        open.setId("openCaseButton");
        open.setDefaultButton(true);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected.run());
        Button sample = new Button(text.get("ui.start.sample"));
        sample.setId("sampleCaseButton");
        sample.setAccessibleHelp(text.get("ui.start.sampleHelp"));
        sample.disableProperty().bind(viewModel.busyProperty());
        sample.setOnAction(e -> viewModel.openSample(c -> {
            viewModel.opened(c);
            navigator.openCase(c);
        }));

        Button exportCase = new Button(text.get("transfer.ui.export"));
        exportCase.setId("exportCaseButton");
        exportCase.setAccessibleHelp(text.get("transfer.ui.exportHelp"));
        exportCase.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(transfer.busyProperty()));
        exportCase.setOnAction(e -> {
            Case selected = table.getSelectionModel().getSelectedItem();
            chooser.saveTo(getScene().getWindow(), transfer.suggestedFileName(selected)).ifPresent(file ->
                    CasePassphraseDialog.forExport(getScene().getWindow(), text, transfer)
                            .ifPresent(passphrase -> transfer.export(selected, file, passphrase)));
        });
        Button importCase = new Button(text.get("transfer.ui.import"));
        importCase.setId("importCaseButton");
        importCase.setAccessibleHelp(text.get("transfer.ui.importHelp"));
        importCase.disableProperty().bind(transfer.busyProperty());
        importCase.setOnAction(e -> chooser.open(getScene().getWindow()).ifPresent(file ->
                CasePassphraseDialog.forImport(getScene().getWindow(), text)
                        .ifPresent(passphrase -> transfer.importFile(file, passphrase, id -> viewModel.refresh()))));
        Dialogs.opensSystemChooser(exportCase);
        Dialogs.opensSystemChooser(importCase);
        Label transferMessage = new Label();
        transferMessage.setId("transferMessage");
        transferMessage.setWrapText(true);
        transferMessage.textProperty().bind(transfer.messageProperty());
        transfer.failedProperty().addListener((o, was, failed) -> {
            transferMessage.getStyleClass().remove("error-text");
            if (failed) {
                transferMessage.getStyleClass().add("error-text");
            }
        });

        Label error = new Label();
        error.setId("startMessage");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("error-text");

        javafx.scene.layout.FlowPane actions = org.hardshipbinder.ui.common.Fit.row(create, open, exportCase, importCase, sample);
        setTop(new VBox(4, title, intro, actions));
        setCenter(table);
        setBottom(new VBox(4, transferMessage, error));
        setPadding(MainWindow.screenPadding());
    }

    /** Where case files are chosen (the system's chooser unless a test gives another). */
    public void useChooser(CaseFileChooser chooser) {
        this.chooser = chooser;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        viewModel.refresh();
        table.requestFocus();
    }
}
