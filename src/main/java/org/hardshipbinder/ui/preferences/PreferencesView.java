package org.hardshipbinder.ui.preferences;

import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.hardshipbinder.binder.LabelScheme;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.ui.UiText;
import org.hardshipbinder.ui.common.Controls;
import org.hardshipbinder.ui.common.Dialogs;
import org.hardshipbinder.ui.prefs.AppPreferences;
import org.hardshipbinder.ui.security.SecuritySection;
import org.hardshipbinder.ui.security.VaultSecurityViewModel;
import org.hardshipbinder.ui.shell.MainWindow;
import org.hardshipbinder.ui.shell.ScreenView;

/** The preferences screen. */
public final class PreferencesView extends ScrollPane implements ScreenView {

    private final PreferencesViewModel viewModel;

    public PreferencesView(PreferencesViewModel viewModel, UiText text) {
        this(viewModel, null, null, text);
    }

    /**
     * {@code security}: the vault's encryption and idle lock, or null where the window offers no lock; {@code restore}:
     * restore from a backup, or null where the window cannot close and reopen its vault (it holds it read-only).
     */
    public PreferencesView(PreferencesViewModel viewModel, VaultSecurityViewModel security, RestoreViewModel restore,
                           UiText text) {
        this.viewModel = viewModel;
        Label title = new Label(text.get("ui.prefs.title"));
        title.getStyleClass().add("screen-title");

        ComboBox<java.util.Locale> language = Controls.combo(PreferencesViewModel.LANGUAGES, viewModel::languageLabel);
        language.setId("languageChoice");
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.valueProperty().addListener((o, old, chosen) -> viewModel.applyLanguage(chosen));
        ComboBox<Integer> fontScale = Controls.combo(AppPreferences.FONT_SCALES, p -> text.get("desktop.prefs.fontScaleValue", p));
        fontScale.setId("fontScaleChoice");
        fontScale.setValue(viewModel.fontScale());
        fontScale.valueProperty().addListener((o, old, chosen) -> viewModel.applyFontScale(chosen));
        GridPane interfaceForm = Controls.form();
        interfaceForm.addRow(0, Controls.label(text.get("ui.prefs.language"), language), language);
        interfaceForm.addRow(1, Controls.label(text.get("desktop.prefs.fontScale"), fontScale), fontScale);

        CheckBox english = new CheckBox(text.get("ui.prefs.ocrEnglish"));
        english.selectedProperty().bindBidirectional(viewModel.ocrEnglishProperty());
        CheckBox spanish = new CheckBox(text.get("ui.prefs.ocrSpanish"));
        spanish.selectedProperty().bindBidirectional(viewModel.ocrSpanishProperty());
        TextField others = new TextField();
        others.textProperty().bindBidirectional(viewModel.ocrOthersProperty());
        others.setPromptText("fra por ara vie");
        GridPane ocrForm = Controls.form();
        ocrForm.addRow(0, new Label(text.get("ui.prefs.ocrLanguages")), new HBox(12, english, spanish));
        ocrForm.addRow(1, Controls.label(text.get("ui.prefs.ocrOthers"), others), others);
        ocrForm.addRow(2, new Label(text.get("ui.prefs.tessdata")), folderField(viewModel.tessdataProperty(), text, "tessdataField"));
        ocrForm.add(help(text.get("ui.prefs.tessdataHelp")), 1, 3);

        GridPane vaultForm = Controls.form();
        vaultForm.addRow(0, new Label(text.get("ui.prefs.vault")), folderField(viewModel.vaultFolderProperty(), text, "vaultField"));
        vaultForm.add(help(text.get("ui.prefs.vaultHelp")), 1, 1);
        TextField logFolder = new TextField(viewModel.logFolder());
        logFolder.setId("logFolder");
        logFolder.setEditable(false);
        vaultForm.addRow(2, Controls.label(text.get("logging.folder"), logFolder), logFolder);
        vaultForm.add(help(text.get("logging.folderHelp")), 1, 3);

        Spinner<Integer> maxMb = new Spinner<>(1, 500, viewModel.maxMbProperty().get());
        maxMb.setEditable(true);
        maxMb.getValueFactory().valueProperty().addListener((o, old, now) -> viewModel.maxMbProperty().set(now));
        viewModel.maxMbProperty().addListener((o, old, now) -> maxMb.getValueFactory().setValue(now.intValue()));
        ComboBox<LabelScheme> labels = Controls.combo(Arrays.asList(LabelScheme.values()), s -> text.get("ui.binder.labels." + s.name().toLowerCase(Locale.ROOT)));
        labels.valueProperty().bindBidirectional(viewModel.labelsProperty());
        GridPane binderForm = Controls.form();
        binderForm.addRow(0, Controls.label(text.get("ui.prefs.maxMb"), maxMb), maxMb);
        binderForm.addRow(1, Controls.label(text.get("ui.prefs.labels"), labels), labels);
        binderForm.add(help(text.get("ui.prefs.maxMbHelp")), 1, 2);

        Button save = new Button(text.get("ui.prefs.save"));
        save.setId("savePreferences");
        save.setDefaultButton(true);
        save.setOnAction(e -> viewModel.save());
        Button undo = new Button(text.get("ui.prefs.undo"));
        undo.setOnAction(e -> viewModel.reload());
        Label message = new Label();
        message.setId("preferencesMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        VBox content = new VBox(10, title,
                section(text.get("ui.prefs.interface"), interfaceForm),
                section(text.get("ui.prefs.ocr"), ocrForm),
                section(text.get("ui.prefs.vaultSection"), vaultForm));
        if (security != null) {
            ComboBox<Integer> idle = Controls.combo(AppPreferences.IDLE_LOCK_CHOICES, viewModel::idleLockLabel);
            idle.setId("idleLockChoice");
            idle.valueProperty().bindBidirectional(viewModel.idleLockMinutesProperty());
            content.getChildren().add(section(text.get("security.section"), new SecuritySection(security, idle, text)));
        }
        content.getChildren().addAll(section(text.get("ui.prefs.binder"), binderForm), new HBox(8, save, undo), message);
        if (restore != null) {
            content.getChildren().add(section(text.get("restore.section"), new RestoreSection(restore, text)));
        }
        content.setPadding(MainWindow.screenPadding());
        content.setMaxWidth(900);
        setContent(content);
        setFitToWidth(true);
    }

    private static TitledPane section(String title, Node body) {
        TitledPane pane = new TitledPane(title, body);
        pane.setCollapsible(false);
        return pane;
    }

    private static Label help(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("explanation");
        return label;
    }

    private HBox folderField(StringProperty target, UiText text, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(target);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = Dialogs.opensSystemChooser(new Button(text.get("ui.prefs.browse")));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                target.set(chosen.getAbsolutePath());
            }
        });
        return new HBox(6, field, browse);
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void shown(Case openCase) {
        viewModel.reload();
    }
}
