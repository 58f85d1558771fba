package org.hardshipbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.DocumentStatus;
import org.hardshipbinder.model.ImmigrationStatus;
import org.hardshipbinder.model.Role;
import org.hardshipbinder.ui.binder.ExportResult;
import org.hardshipbinder.ui.checks.FindingRow;
import org.hardshipbinder.ui.notify.Notice;
import org.hardshipbinder.ui.shell.Screen;
import org.hardshipbinder.ui.testing.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow through the window: create a case with a qualifying relative, import files (two of them bad), text
 * recognition finishes, accept a suggested factor, a planted finding shows in Checks and "go to" opens its page,
 * export the binder and open the file with PDFBox.
 */
@ExtendWith(ApplicationExtension.class)
class MainFlowTest {

    static {
        UiHarness.laptopScreen();
    }

    @TempDir
    static Path dir;
    private UiHarness harness;

    @Start
    void start(Stage stage) {
        harness = UiHarness.open(dir.resolve("vault-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void fromANewCaseToAnExportedBinder(FxRobot robot) throws Exception {
        robot.clickOn("#newCaseButton");
        robot.clickOn("#applicantField").write("Carlos Ruiz");
        robot.clickOn("#personName").write("Elena Ruiz");
        ComboBox<String> relation = robot.lookup("#personRelation").queryComboBox();
        ComboBox<ImmigrationStatus> status = robot.lookup("#personStatus").queryComboBox();
        robot.interact(() -> {
            relation.setValue("spouse");
            status.setValue(ImmigrationStatus.USC);
        });
        robot.clickOn("#addPersonButton");
        robot.clickOn("#createCaseOk");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.hasCase("Carlos Ruiz"));
        Case kase = harness.services().cases().list().get(0);
        assertThat(harness.services().people().listForCase(kase.id())).anySatisfy(p -> {
            assertThat(p.role()).isEqualTo(Role.QR);
            assertThat(p.status()).isEqualTo(ImmigrationStatus.USC);
        });
        // the new case opens by itself
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> harness.ui().window().currentScreenProperty().get() == Screen.DOCUMENTS);
        assertThat(harness.ui().window().currentCase().orElseThrow().id()).isEqualTo(kase.id());

        Path folder = Files.createDirectories(dir.resolve("papers-" + System.nanoTime()));
        Path medical = pdf(folder.resolve("medical.pdf"), List.of("Desert Clinic - Physician letter, March 3, 2024",
                "Elena Ruiz has severe asthma and diabetes. Her treatment plan requires her physician and daily medication.",
                "Her husband Carlos drives her to dialysis. Signed: Dr. Ann Lee, MD."));
        Path spanish = pdf(folder.resolve("carta.pdf"), List.of("Constancia medica, Hermosillo, 20 de febrero de 2024",
                "La senora Rosa Ruiz padece diabetes y necesita dialisis tres veces por semana.",
                "Depende economicamente de su hijo Carlos. Atentamente, Dra. Elena Vazquez."));
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        Path office = Files.writeString(folder.resolve("notes.docx"), "PK\u0003\u0004 not a scan");
        robot.interact(() -> harness.ui().screens().documents().importFiles(List.of(medical, spanish, empty, office)));

        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> harness.services().documents().listForCase(kase.id()).size() == 2
                && harness.services().documents().listForCase(kase.id()).stream().allMatch(d -> d.status() == DocumentStatus.OCR_DONE)
                && !harness.ui().screens().documents().busyProperty().get());
        Notice importNotice = harness.notifier().history().stream().filter(n -> n.kind() == Notice.Kind.WARNING).findFirst().orElseThrow();
        assertThat(importNotice.details()).anyMatch(d -> d.startsWith("empty.pdf: ")).anyMatch(d -> d.startsWith("notes.docx: "));

        long medicalId = harness.services().documents().listForCase(kase.id()).stream()
                .filter(d -> d.fileName().equals("medical.pdf")).findFirst().orElseThrow().id();
        robot.interact(() -> harness.ui().window().openDocument(medicalId, 1, null));
        robot.clickOn("Hardship factors");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".accept-suggestion").tryQuery().isPresent());
        int tagsBefore = harness.services().tags().forDocument(medicalId).size();
        var factorSuggestion = harness.ui().screens().documentView().viewModel().suggestions().stream()
                .filter(s -> s.kind() == org.hardshipbinder.factors.SuggestionKind.FACTOR).findFirst().orElseThrow();
        robot.interact(() -> harness.ui().screens().documentView().viewModel().accept(factorSuggestion));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> harness.services().tags().forDocument(medicalId).size() > tagsBefore);

        robot.clickOn("#" + Screen.CHECKS.id());
        TableView<FindingRow> findings = robot.lookup("#findingsTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> findings.getItems().stream().anyMatch(f -> f.code().equals("TRANSLATION_MISSING")));
        FindingRow missing = findings.getItems().stream().filter(f -> f.code().equals("TRANSLATION_MISSING")).findFirst().orElseThrow();
        robot.interact(() -> findings.getSelectionModel().select(missing));
        robot.clickOn("#goToFinding");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#documentTitle").queryAs(Label.class).getText().equals("carta.pdf"));
        assertThat(harness.ui().window().currentScreenProperty().get()).isEqualTo(Screen.DOCUMENT);
        assertThat(robot.lookup("#pageLabel").queryAs(Label.class).getText()).isEqualTo("Page " + missing.page() + " of 1");

        robot.clickOn("#" + Screen.BINDER.id());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#indexPreview").queryListView().getItems().isEmpty());
        Path out = dir.resolve("binder-" + System.nanoTime() + ".pdf");
        var binder = harness.ui().screens().binderView().viewModel();
        robot.interact(() -> binder.export(out));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> binder.lastExportProperty().get() != null);
        ExportResult result = binder.lastExportProperty().get();
        assertThat(result.problem()).isNull();
        assertThat(result.files()).hasSize(1);
        try (PDDocument opened = Loader.loadPDF(result.files().get(0).toFile())) {
            // cover and exhibit index, then for each of the two exhibits a divider page and its one page
            assertThat(opened.getNumberOfPages()).isEqualTo(2 + 2 * 2);
            assertThat(result.pages()).isEqualTo(4);
        }
    }

    private static Path pdf(Path file, List<String> lines) throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                s.newLineAtOffset(60, 720);
                for (String line : lines) {
                    s.showText(line);
                    s.newLineAtOffset(0, -16);
                }
                s.endText();
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
