package org.hardshipbinder.ui.cases;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.common.Fit;

/**
 * The new-case wizard, three short steps on one page: the kind of request (with who counts as a qualifying relative
 * for it, in plain words), the applicant, and the qualifying relatives and other people.
 */
final class CreateCaseDialog extends Dialog<NewCase> {

    private static final List<String> RELATIONS = List.of("spouse", "parent", "son", "daughter", "child", "sibling", "other");

    private final ObservableList<NewCase.NewPerson> people = FXCollections.observableArrayList();

    CreateCaseDialog(CasesViewModel viewModel, UiText text, javafx.scene.Node owner) {
        setTitle(text.get("ui.cases.create.title"));
        setResizable(true);
        ComboBox<CaseKind> kind = Controls.combo(viewModel.kinds(), viewModel::kindLabel);
        kind.setId("caseKind");
        kind.getSelectionModel().selectFirst();
        Label rules = new Label();
        rules.setId("qrRules");
        rules.setWrapText(true);
        rules.getStyleClass().add("explanation");
        rules.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> text.get(QualifyingRelativeRules.explanationKey(kind.getValue())), kind.valueProperty()));
        TextField applicant = new TextField();
        applicant.setId("applicantField");
        TextField title = new TextField();
        title.setId("caseTitleField");
        Label problem = new Label();
        problem.setId("wizardProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("error-text");

        GridPane request = Controls.form();
        request.addRow(0, Controls.label(text.get("ui.cases.create.kind"), kind), kind);
        request.add(rules, 0, 1, 2, 1);
        GridPane who = Controls.form();
        who.addRow(0, Controls.label(text.get("ui.cases.create.applicant"), applicant), applicant);
        who.addRow(1, Controls.label(text.get("ui.cases.create.caseTitle"), title), title);

        VBox steps = new VBox(8,
                step(text.get("ui.wizard.step1"), request),
                step(text.get("ui.wizard.step2"), who),
                step(text.get("ui.wizard.step3"), peopleEditor(text)),
                problem);
        steps.setPadding(new Insets(8));
        Fit.em(steps, "-fx-pref-width", 52);
        getDialogPane().setContent(steps);

        ButtonType ok = new ButtonType(text.get("ui.cases.create.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("ui.cases.create.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("createCaseOk");
        Label qrAdvice = new Label();
        qrAdvice.setId("qrAdvice");
        qrAdvice.setWrapText(true);
        qrAdvice.getStyleClass().add("warning-text");
        qrAdvice.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.qrRules().problem(kind.getValue(), people).map(text::format).orElse(""),
                kind.valueProperty(), people));
        steps.getChildren().add(qrAdvice);
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e ->
                viewModel.validate(kind.getValue(), applicant.getText()).ifPresent(reason -> {
                    problem.setText(reason);
                    e.consume();
                }));
        setResultConverter(button -> button == ok
                ? new NewCase(kind.getValue(), applicant.getText(), title.getText(), List.copyOf(people)) : null);
        Dialogs.own(this, owner);
        setOnShowing(e -> applicant.requestFocus());
    }

    /**
     * The relations that fit a role: a child of the applicant is their son, daughter or child; a qualifying relative is
     * never a brother or sister (no waiver counts them); anyone else can be any relation.
     */
    static List<String> relationsFor(Role role) {
        if (role == Role.CHILD) {
            return List.of("child", "son", "daughter");
        }
        if (role == Role.QR) {
            return List.of("spouse", "parent", "son", "daughter");
        }
        return RELATIONS;
    }

    private static TitledPane step(String title, javafx.scene.Node body) {
        TitledPane pane = new TitledPane(title, body);
        pane.setCollapsible(false);
        return pane;
    }

    private VBox peopleEditor(UiText text) {
        TableView<NewCase.NewPerson> table = new TableView<>(people);
        table.setId("wizardPeople");
        Fit.em(table, "-fx-pref-height", 8);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<NewCase.NewPerson, String> name = new TableColumn<>(text.get("ui.person.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<NewCase.NewPerson, String> role = new TableColumn<>(text.get("ui.person.role"));
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get("role." + c.getValue().role().code())));
        TableColumn<NewCase.NewPerson, String> relation = new TableColumn<>(text.get("desktop.wizard.relation"));
        relation.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get("ui.relation." + c.getValue().relation())));
        TableColumn<NewCase.NewPerson, String> status = new TableColumn<>(text.get("desktop.wizard.status"));
        status.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.get("ui.status." + c.getValue().status().name())));
        TableColumn<NewCase.NewPerson, String> bornColumn = new TableColumn<>(text.get("desktop.wizard.born"));
        bornColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().born() == null ? ""
                : text.date(c.getValue().born())));
        table.getColumns().setAll(List.of(name, role, relation, status, bornColumn));
        Fit.headersWhole(table);
        List.of(name, role, relation, status, bornColumn).forEach(Controls::wrapping);
        Label empty = new Label(text.get("ui.wizard.noPeople"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);

        TextField personName = new TextField();
        personName.setId("personName");
        personName.setPromptText(text.get("ui.person.name"));
        ComboBox<Role> personRole = Controls.combo(List.of(Role.QR, Role.CHILD, Role.SPONSOR, Role.BENEFICIARY, Role.OTHER),
                r -> text.get("role." + r.code()));
        personRole.setId("personRole");
        personRole.getSelectionModel().selectFirst();
        ComboBox<String> personRelation = Controls.combo(RELATIONS, r -> text.get("ui.relation." + r));
        personRelation.setId("personRelation");
        personRelation.getSelectionModel().selectFirst();
        personRole.valueProperty().addListener((o, old, chosen) -> {
            List<String> fitting = relationsFor(chosen);
            String kept = personRelation.getValue();
            personRelation.getItems().setAll(fitting);
            personRelation.setValue(fitting.contains(kept) ? kept : fitting.get(0));
        });
        personRelation.getItems().setAll(relationsFor(personRole.getValue()));
        personRelation.getSelectionModel().selectFirst();
        ComboBox<ImmigrationStatus> personStatus = Controls.combo(List.of(ImmigrationStatus.values()),
                s -> text.get("ui.status." + s.name()));
        personStatus.setId("personStatus");
        personStatus.getSelectionModel().selectFirst();
        DatePicker born = new DatePicker();
        born.setPromptText(text.get("ui.person.born"));
        born.setAccessibleText(text.get("ui.person.born"));
        Fit.em(born, "-fx-pref-width", 10);
        Button add = new Button(text.get("ui.wizard.addPerson"));
        add.setId("addPersonButton");
        add.disableProperty().bind(personName.textProperty().isEmpty());
        add.setOnAction(e -> {
            LocalDate date = born.getValue();
            people.add(new NewCase.NewPerson(personName.getText().strip(), personRole.getValue(), personRelation.getValue(),
                    personStatus.getValue(), date));
            personName.clear();
            born.setValue(null);
            personName.requestFocus();
        });
        Button remove = new Button(text.get("ui.wizard.removePerson"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> people.remove(table.getSelectionModel().getSelectedItem()));
        personRole.setAccessibleText(text.get("ui.person.role"));
        personRelation.setAccessibleText(text.get("ui.person.relation"));
        personStatus.setAccessibleText(text.get("ui.person.status"));
        personName.setAccessibleText(text.get("ui.person.name"));
        FlowPane entry = new FlowPane(6, 6, personName, personRole, personRelation, personStatus, born);
        javafx.scene.layout.FlowPane actions = Fit.row(add, remove);
        return new VBox(6, table, entry, actions);
    }
}
