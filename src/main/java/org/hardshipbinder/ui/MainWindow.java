package org.hardshipbinder.ui;

import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.cases.CasesView;
import org.hardshipbinder.ui.cases.CasesViewModel;
import org.hardshipbinder.ui.documents.DocumentsView;
import org.hardshipbinder.ui.documents.DocumentsViewModel;

/** The main window: the list of cases, and a case's documents once one is opened. */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final CasesView casesView;
    private final DocumentsView documentsView;
    private final DocumentsViewModel documentsViewModel;
    private final CasesViewModel casesViewModel;

    public MainWindow(CasesViewModel casesViewModel, DocumentsViewModel documentsViewModel, UiText text) {
        this.casesViewModel = casesViewModel;
        this.documentsViewModel = documentsViewModel;
        this.casesView = new CasesView(casesViewModel, text, this::openCase);
        this.documentsView = new DocumentsView(documentsViewModel, text, this::showCases);
        root.setCenter(casesView);
    }

    public void show(Stage stage, String title) {
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("/ui/app.css").toExternalForm());
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.show();
        casesViewModel.refresh();
    }

    private void openCase(Case c) {
        documentsViewModel.currentCaseProperty().set(c);
        root.setCenter(documentsView);
    }

    private void showCases() {
        casesViewModel.refresh();
        root.setCenter(casesView);
    }
}
