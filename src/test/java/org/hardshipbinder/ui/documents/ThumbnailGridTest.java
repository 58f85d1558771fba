package org.hardshipbinder.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hardshipbinder.model.Case;
import org.hardshipbinder.model.CaseKind;
import org.hardshipbinder.model.DocumentStatus;
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
 * The thumbnail grid keeps its rows when documents are added or filtered away (its own skin), and still shows
 * exactly the documents of the list, in order, across new rows.
 */
@ExtendWith(ApplicationExtension.class)
class ThumbnailGridTest {

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
    void showsEveryDocumentInOrderAsRowsAreAddedAndFiltered(FxRobot robot) throws Exception {
        Case kase = harness.services().cases().create(CaseKind.I_601A, "Ana Grid", null);
        DocumentsViewModel documents = harness.ui().screens().documents();
        robot.interact(() -> harness.ui().window().openCase(kase));
        WaitForAsyncUtils.waitForFxEvents();

        importAndWait(robot, documents, images(1, 3));
        assertThat(shownTitles(robot)).containsExactly("scan-01.png", "scan-02.png", "scan-03.png");

        importAndWait(robot, documents, images(4, 14));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            expected.add(String.format("scan-%02d.png", i));
        }
        assertThat(shownTitles(robot)).as("more documents than one row holds").containsExactlyElementsOf(
                expected.subList(0, shownTitles(robot).size()));
        assertThat(shownTitles(robot).size()).isGreaterThan(6);

        robot.interact(() -> documents.statusFilterProperty().set(DocumentStatus.OCR_FAILED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).as("filtered to none").isEmpty();

        robot.interact(documents::clearFilters);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownTitles(robot)).containsExactlyElementsOf(expected.subList(0, shownTitles(robot).size()))
                .hasSizeGreaterThan(6);
    }

    private void importAndWait(FxRobot robot, DocumentsViewModel documents, List<Path> files) throws Exception {
        int before = documents.allRows().size();
        robot.interact(() -> documents.importFiles(files));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> documents.allRows().size() == before + files.size()
                && !documents.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Titles of the cells that show a document, top-left to bottom-right. */
    private static List<String> shownTitles(FxRobot robot) {
        return robot.lookup(".thumbnail-title").queryAllAs(Label.class).stream()
                .filter(label -> label.getParent().isVisible() && isShown(label))
                .sorted((a, b) -> {
                    var pa = a.localToScene(0, 0);
                    var pb = b.localToScene(0, 0);
                    return Math.abs(pa.getY() - pb.getY()) > 5 ? Double.compare(pa.getY(), pb.getY())
                            : Double.compare(pa.getX(), pb.getX());
                })
                .map(Label::getText).toList();
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<Path> images(int from, int to) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scans-" + System.nanoTime()));
        List<Path> files = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            BufferedImage image = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(255, 255 - i * 8, 255));
            g.fillRect(0, 0, 200, 260);
            g.dispose();
            Path file = folder.resolve(String.format("scan-%02d.png", i));
            ImageIO.write(image, "png", file.toFile());
            files.add(file);
        }
        return files;
    }
}
