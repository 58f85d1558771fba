package org.hardshipbinder.ui.timeline;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.hardshipbinder.ui.common.Fit;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hardshipbinder.chronology.ChronologyEvent;
import org.hardshipbinder.chronology.DateConflict;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.Navigator;
import org.hardshipbinder.ui.shell.ScreenView;
import org.hardshipbinder.ui.task.TaskRunner;

/**
 * The case's dated facts and documents on one line of time, filtered by person and kind; dates that disagree side by
 * side above it. Enter or a double click opens the document at the page that states the date.
 */
public final class TimelineView extends BorderPane implements ScreenView {

    private final TimelineViewModel viewModel;
    private final UiText text;
    private final Navigator navigator;
    private final TaskRunner tasks;

    public TimelineView(TimelineViewModel viewModel, UiText text, Navigator navigator, TaskRunner tasks) {
        this.viewModel = viewModel;
        this.text = text;
        this.navigator = navigator;
        this.tasks = tasks;
        Label title = new Label(text.get("ui.timeline.title"));
        title.getStyleClass().add("screen-title");
        Label help = new Label(text.get("ui.timeline.help"));
        help.getStyleClass().add("explanation");
        help.setWrapText(true);
        Label message = new Label();
        message.setId("timelineMessage");
        message.setWrapText(true);
        message.getStyleClass().add("warning-text");
        message.textProperty().bind(viewModel.messageProperty());
        Label summary = new Label();
        summary.setId("timelineSummary");
        summary.textProperty().bind(viewModel.summaryProperty());

        ListView<ChronologyEvent> list = new ListView<>(viewModel.rows());
        list.setId("timelineList");
        list.setAccessibleText(text.get("ui.timeline.title"));
        list.setPlaceholder(new Label(text.get("ui.timeline.empty")));
        list.setCellFactory(l -> new EventCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });

        VBox conflicts = new VBox(6);
        conflicts.setId("timelineConflicts");
        conflicts.getStyleClass().add("tool-bar-row");
        viewModel.conflicts().addListener((ListChangeListener<DateConflict>) c -> fillConflicts(conflicts));
        fillConflicts(conflicts);

        setTop(new VBox(6, title, help, filters(), summary, message, conflicts));
        setCenter(list);
        setPadding(MainWindow.screenPadding());
    }

    private FlowPane filters() {
        ComboBox<TimelineViewModel.PersonChoice> person = Controls.combo(java.util.List.of(), TimelineViewModel.PersonChoice::label);
        person.setId("timelinePerson");
        person.setItems(viewModel.people());
        person.valueProperty().bindBidirectional(viewModel.personProperty());
        ComboBox<TimelineViewModel.KindChoice> kind = Controls.combo(java.util.List.of(), TimelineViewModel.KindChoice::label);
        kind.setId("timelineKind");
        kind.setItems(viewModel.kinds());
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        Button save = new Button(text.get("ui.timeline.print"));
        save.setId("saveChronology");
        save.setTooltip(new Tooltip(text.get("ui.timeline.printHelp")));
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(e -> chooseAndSave());
        Dialogs.opensSystemChooser(save);
        Button folder = new Button(text.get("ui.timeline.openFolder"));
        folder.setId("chronologyFolder");
        folder.disableProperty().bind(viewModel.lastSavedProperty().isNull());
        folder.setOnAction(e -> openFolder());
        return Fit.row(Controls.label(text.get("ui.timeline.person"), person), person,
                Controls.label(text.get("ui.timeline.kind"), kind), kind, save, folder);
    }

    /** Each disagreement: its title, then one column per date with the pages that give it (each opens its page). */
    private void fillConflicts(VBox box) {
        box.getChildren().clear();
        if (viewModel.conflicts().isEmpty()) {
            box.setVisible(false);
            box.setManaged(false);
            return;
        }
        Label heading = new Label(text.get("ui.timeline.conflicts"));
        heading.setWrapText(true);
        heading.getStyleClass().add("warning-text");
        box.getChildren().add(heading);
        for (DateConflict conflict : viewModel.conflicts()) {
            Label what = new Label(viewModel.conflictTitle(conflict));
            what.setStyle("-fx-font-weight: bold;");
            what.setWrapText(true);
            Fit.em(what, "-fx-pref-width", 14);
            what.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            FlowPane sideBySide = new FlowPane(24, 6, what);
            sideBySide.getStyleClass().add("date-conflict");
            for (DateConflict.Reading reading : conflict.readings()) {
                Label date = new Label(viewModel.readingDate(reading));
                date.setStyle("-fx-font-weight: bold;");
                VBox column = new VBox(2, date);
                for (ChronologyEvent event : reading.events()) {
                    Hyperlink source = new Hyperlink(viewModel.sourceLabel(event));
                    source.setDisable(!viewModel.opens(event));
                    source.setOnAction(e -> open(event));
                    Fit.whole(source);
                    column.getChildren().add(source);
                }
                sideBySide.getChildren().add(column);
            }
            box.getChildren().add(sideBySide);
        }
        box.setVisible(true);
        box.setManaged(true);
    }

    private void open(ChronologyEvent event) {
        if (viewModel.opens(event)) {
            navigator.openDocument(event.documentId(), event.page() == null ? 1 : event.page(), event.text());
        }
    }

    private void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("ui.timeline.print"));
        chooser.setInitialFileName(text.get("chronology.pdf.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            viewModel.savePdf(file.toPath());
        }
    }

    private void openFolder() {
        Path saved = viewModel.lastSavedProperty().get();
        if (saved == null) {
            return;
        }
        Path folder = saved.toAbsolutePath().getParent();
        tasks.run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                return false;
            }
            Desktop.getDesktop().open(folder.toFile());
            return true;
        }, opened -> {
            if (!opened) {
                viewModel.messageProperty().set(text.get("ui.timeline.folderIs", folder));
            }
        }, e -> viewModel.messageProperty().set(text.get("ui.timeline.folderIs", folder)));
    }

    /** Date, kind, person; then the document and page and the words as written. Dates that disagree are marked. */
    private final class EventCell extends ListCell<ChronologyEvent> {
        @Override
        protected void updateItem(ChronologyEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label date = new Label(viewModel.dateLabel(event));
            date.setStyle("-fx-font-weight: bold;");
            Fit.em(date, "-fx-min-width", 10);
            Label kind = new Label(viewModel.kindLabel(event.kind()));
            Fit.em(kind, "-fx-min-width", 8);
            kind.getStyleClass().add("badge");
            Label person = new Label(viewModel.personLabel(event));
            FlowPane first = Fit.row(date, kind, person);
            if (!event.dated()) {
                date.getStyleClass().add("warning-text");
            }
            if (viewModel.inConflict(event)) {
                Label disagrees = new Label("⚠ " + text.get("ui.timeline.disagrees"));
                disagrees.getStyleClass().add("warning-text");
                first.getChildren().add(disagrees);
            }
            Label source = new Label(viewModel.sourceLabel(event) + (viewModel.quote(event).isEmpty() ? "" : "  " + viewModel.quote(event)));
            source.getStyleClass().add("explanation");
            source.setWrapText(true);
            VBox box = new VBox(2, first, source);
            box.setPadding(new javafx.geometry.Insets(0, 0, 0, 4));
            setGraphic(box);
            setText(null);
        }
    }

    public TimelineViewModel viewModel() {
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
